// ICD-O-3 morphology terms 8590–9589: sex-cord, paraganglia, naevi and melanomas, soft-tissue, mixed,
// germ-cell, trophoblastic, vascular, bone, odontogenic and neural tumours. Same format and
// selection rule as morphology-epithelial.data.ts.
export const MORPHOLOGY_MESENCHYMAL_ROWS = `
8590/1|性索-间质肿瘤，未特指|Sex cord-stromal tumor, NOS
8600/0|卵泡膜细胞瘤，未特指|Thecoma, NOS
8620/1|颗粒细胞瘤，未特指|Granulosa cell tumor, NOS
8620/3|恶性颗粒细胞瘤|Granulosa cell tumor, malignant
8622/1|幼年型颗粒细胞瘤|Granulosa cell tumor, juvenile
8630/3|恶性男性母细胞瘤|Androblastoma, malignant
8631/3|恶性支持-间质细胞瘤|Sertoli-Leydig cell tumor, poorly differentiated
8640/3|支持细胞癌|Sertoli cell carcinoma
8650/1|间质细胞瘤，未特指|Leydig cell tumor, NOS
8650/3|恶性间质细胞瘤|Leydig cell tumor, malignant
8670/3|恶性类固醇细胞瘤|Steroid cell tumor, malignant
8680/1|副神经节瘤，未特指|Paraganglioma, NOS
8680/3|恶性副神经节瘤|Paraganglioma, malignant
8693/3|恶性肾上腺外副神经节瘤|Extra-adrenal paraganglioma, malignant
8700/0|嗜铬细胞瘤，未特指|Pheochromocytoma, NOS
8700/3|恶性嗜铬细胞瘤|Pheochromocytoma, malignant
8710/3|血管球肉瘤|Glomangiosarcoma
8711/0|血管球瘤，未特指|Glomus tumor, NOS
8720/0|色素痣，未特指|Pigmented nevus, NOS
8720/2|原位黑色素瘤|Melanoma in situ
8720/3|恶性黑色素瘤，未特指|Malignant melanoma, NOS
8721/3|结节性黑色素瘤|Nodular melanoma
8722/3|气球细胞黑色素瘤|Balloon cell melanoma
8723/3|消退性恶性黑色素瘤|Malignant melanoma, regressing
8728/3|脑膜黑色素瘤病|Meningeal melanomatosis
8730/3|无色素性黑色素瘤|Amelanotic melanoma
8740/3|交界痣内恶性黑色素瘤|Malignant melanoma in junctional nevus
8741/3|癌前黑变病内恶性黑色素瘤|Malignant melanoma in precancerous melanosis
8742/2|恶性雀斑样痣|Lentigo maligna
8742/3|恶性雀斑样痣黑色素瘤|Lentigo maligna melanoma
8743/3|浅表扩散性黑色素瘤|Superficial spreading melanoma
8744/3|肢端雀斑样黑色素瘤|Acral lentiginous melanoma, malignant
8745/3|促结缔组织增生性黑色素瘤|Desmoplastic melanoma, malignant
8746/3|黏膜雀斑样黑色素瘤|Mucosal lentiginous melanoma
8761/3|巨大色素痣内恶性黑色素瘤|Malignant melanoma in giant pigmented nevus
8770/3|混合性上皮样和梭形细胞黑色素瘤|Mixed epithelioid and spindle cell melanoma
8771/3|上皮样细胞黑色素瘤|Epithelioid cell melanoma
8772/3|梭形细胞黑色素瘤，未特指|Spindle cell melanoma, NOS
8773/3|梭形细胞黑色素瘤，A型|Spindle cell melanoma, type A
8774/3|梭形细胞黑色素瘤，B型|Spindle cell melanoma, type B
8780/3|恶性蓝痣|Blue nevus, malignant
8800/0|良性软组织肿瘤|Soft tissue tumor, benign
8800/3|肉瘤，未特指|Sarcoma, NOS
8801/3|梭形细胞肉瘤|Spindle cell sarcoma
8802/3|巨细胞肉瘤|Giant cell sarcoma
8803/3|小细胞肉瘤|Small cell sarcoma
8804/3|上皮样肉瘤|Epithelioid sarcoma
8805/3|未分化肉瘤|Undifferentiated sarcoma
8806/3|促结缔组织增生性小圆细胞肿瘤|Desmoplastic small round cell tumor
8810/0|纤维瘤，未特指|Fibroma, NOS
8810/3|纤维肉瘤，未特指|Fibrosarcoma, NOS
8811/3|纤维黏液肉瘤|Fibromyxosarcoma
8812/3|骨膜纤维肉瘤|Periosteal fibrosarcoma
8813/3|筋膜纤维肉瘤|Fascial fibrosarcoma
8814/3|婴儿型纤维肉瘤|Infantile fibrosarcoma
8815/0|孤立性纤维性肿瘤|Solitary fibrous tumor
8815/3|恶性孤立性纤维性肿瘤|Solitary fibrous tumor, malignant
8821/1|侵袭性纤维瘤病|Aggressive fibromatosis
8825/1|肌纤维母细胞瘤|Myofibroblastic tumor, NOS
8830/0|良性纤维组织细胞瘤|Benign fibrous histiocytoma
8830/3|恶性纤维组织细胞瘤|Malignant fibrous histiocytoma
8832/3|隆突性皮肤纤维肉瘤，未特指|Dermatofibrosarcoma protuberans, NOS
8833/3|色素性隆突性皮肤纤维肉瘤|Pigmented dermatofibrosarcoma protuberans
8840/3|黏液肉瘤|Myxosarcoma
8850/0|脂肪瘤，未特指|Lipoma, NOS
8850/3|脂肪肉瘤，未特指|Liposarcoma, NOS
8851/3|高分化脂肪肉瘤|Liposarcoma, well differentiated
8852/3|黏液样脂肪肉瘤|Myxoid liposarcoma
8853/3|圆形细胞脂肪肉瘤|Round cell liposarcoma
8854/3|多形性脂肪肉瘤|Pleomorphic liposarcoma
8855/3|混合型脂肪肉瘤|Mixed liposarcoma
8857/3|纤维母细胞性脂肪肉瘤|Fibroblastic liposarcoma
8858/3|去分化脂肪肉瘤|Dedifferentiated liposarcoma
8890/0|平滑肌瘤，未特指|Leiomyoma, NOS
8890/3|平滑肌肉瘤，未特指|Leiomyosarcoma, NOS
8891/3|上皮样平滑肌肉瘤|Epithelioid leiomyosarcoma
8894/3|血管平滑肌肉瘤|Angiomyosarcoma
8896/3|黏液样平滑肌肉瘤|Myxoid leiomyosarcoma
8897/1|恶性潜能未定的平滑肌肿瘤|Smooth muscle tumor of uncertain malignant potential
8900/3|横纹肌肉瘤，未特指|Rhabdomyosarcoma, NOS
8901/3|多形性横纹肌肉瘤，成人型|Pleomorphic rhabdomyosarcoma, adult type
8902/3|混合型横纹肌肉瘤|Mixed type rhabdomyosarcoma
8910/3|胚胎性横纹肌肉瘤，未特指|Embryonal rhabdomyosarcoma, NOS
8912/3|梭形细胞横纹肌肉瘤|Spindle cell rhabdomyosarcoma
8920/3|腺泡状横纹肌肉瘤|Alveolar rhabdomyosarcoma
8921/3|横纹肌肉瘤伴神经节分化|Rhabdomyosarcoma with ganglionic differentiation
8930/3|子宫内膜间质肉瘤，未特指|Endometrial stromal sarcoma, NOS
8931/3|子宫内膜间质肉瘤，低级别|Endometrial stromal sarcoma, low grade
8933/3|腺肉瘤|Adenosarcoma
8934/3|癌纤维瘤|Carcinofibroma
8935/3|间质肉瘤，未特指|Stromal sarcoma, NOS
8936/1|胃肠道间质瘤，未特指|Gastrointestinal stromal tumor, NOS
8936/3|胃肠道间质肉瘤|Gastrointestinal stromal sarcoma
8940/0|多形性腺瘤|Pleomorphic adenoma
8940/3|恶性混合瘤，未特指|Mixed tumor, malignant, NOS
8941/3|多形性腺瘤癌变|Carcinoma in pleomorphic adenoma
8950/3|米勒管混合瘤|Mullerian mixed tumor
8951/3|中胚层混合瘤|Mesodermal mixed tumor
8959/3|恶性囊性肾瘤|Malignant cystic nephroma
8960/3|肾母细胞瘤|Nephroblastoma, NOS
8963/3|恶性横纹肌样瘤|Malignant rhabdoid tumor
8964/3|肾透明细胞肉瘤|Clear cell sarcoma of kidney
8970/3|肝母细胞瘤|Hepatoblastoma
8971/3|胰母细胞瘤|Pancreatoblastoma
8972/3|肺母细胞瘤|Pulmonary blastoma
8973/3|胸膜肺母细胞瘤|Pleuropulmonary blastoma
8980/3|癌肉瘤，未特指|Carcinosarcoma, NOS
8981/3|胚胎性癌肉瘤|Carcinosarcoma, embryonal
8982/3|恶性肌上皮瘤|Malignant myoepithelioma
8990/3|恶性间叶瘤|Mesenchymoma, malignant
8991/3|胚胎性肉瘤|Embryonal sarcoma
9000/3|恶性勃勒纳瘤|Brenner tumor, malignant
9014/3|浆液性腺癌纤维瘤|Serous adenocarcinofibroma
9015/3|黏液性腺癌纤维瘤|Mucinous adenocarcinofibroma
9020/1|交界性叶状肿瘤|Phyllodes tumor, borderline
9020/3|恶性叶状肿瘤|Phyllodes tumor, malignant
9040/3|滑膜肉瘤，未特指|Synovial sarcoma, NOS
9041/3|梭形细胞型滑膜肉瘤|Synovial sarcoma, spindle cell
9042/3|上皮样细胞型滑膜肉瘤|Synovial sarcoma, epithelioid cell
9043/3|双相型滑膜肉瘤|Synovial sarcoma, biphasic
9044/3|透明细胞肉瘤，未特指|Clear cell sarcoma, NOS
9050/3|恶性间皮瘤|Mesothelioma, malignant
9051/3|纤维性间皮瘤|Fibrous mesothelioma, malignant
9052/3|上皮样间皮瘤|Epithelioid mesothelioma, malignant
9053/3|双相型间皮瘤|Mesothelioma, biphasic, malignant
9055/1|囊性间皮瘤，未特指|Cystic mesothelioma, NOS
9060/3|无性细胞瘤|Dysgerminoma
9061/3|精原细胞瘤，未特指|Seminoma, NOS
9062/3|间变性精原细胞瘤|Seminoma, anaplastic
9063/3|精母细胞性精原细胞瘤|Spermatocytic seminoma
9064/2|管内恶性生殖细胞|Intratubular malignant germ cells
9064/3|生殖细胞瘤|Germinoma
9065/3|非精原细胞瘤性生殖细胞肿瘤|Germ cell tumor, nonseminomatous
9070/3|胚胎性癌，未特指|Embryonal carcinoma, NOS
9071/3|卵黄囊瘤|Yolk sac tumor
9072/3|多胚瘤|Polyembryoma
9080/0|良性畸胎瘤|Teratoma, benign
9080/1|畸胎瘤，未特指|Teratoma, NOS
9080/3|恶性畸胎瘤，未特指|Teratoma, malignant, NOS
9081/3|畸胎癌|Teratocarcinoma
9082/3|未分化型恶性畸胎瘤|Malignant teratoma, undifferentiated
9083/3|中间型恶性畸胎瘤|Malignant teratoma, intermediate
9084/3|畸胎瘤伴恶性转化|Teratoma with malignant transformation
9085/3|混合性生殖细胞肿瘤|Mixed germ cell tumor
9090/3|恶性卵巢甲状腺肿|Struma ovarii, malignant
9100/0|葡萄胎，未特指|Hydatidiform mole, NOS
9100/1|侵袭性葡萄胎|Invasive hydatidiform mole
9100/3|绒毛膜癌，未特指|Choriocarcinoma, NOS
9101/3|绒毛膜癌合并其他生殖细胞成分|Choriocarcinoma combined with other germ cell elements
9102/3|恶性畸胎瘤，滋养细胞性|Malignant teratoma, trophoblastic
9104/1|胎盘部位滋养细胞肿瘤|Placental site trophoblastic tumor
9105/3|上皮样滋养细胞肿瘤|Trophoblastic tumor, epithelioid
9110/3|恶性中肾瘤|Mesonephroma, malignant
9120/0|血管瘤，未特指|Hemangioma, NOS
9120/3|血管肉瘤|Hemangiosarcoma
9124/3|库普弗细胞肉瘤|Kupffer cell sarcoma
9130/1|血管内皮瘤，未特指|Hemangioendothelioma, NOS
9130/3|恶性血管内皮瘤|Hemangioendothelioma, malignant
9133/3|恶性上皮样血管内皮瘤|Epithelioid hemangioendothelioma, malignant
9140/3|卡波西肉瘤|Kaposi sarcoma
9150/1|血管外皮细胞瘤，未特指|Hemangiopericytoma, NOS
9150/3|恶性血管外皮细胞瘤|Hemangiopericytoma, malignant
9161/1|血管母细胞瘤|Hemangioblastoma
9170/3|淋巴管肉瘤|Lymphangiosarcoma
9180/0|骨瘤，未特指|Osteoma, NOS
9180/3|骨肉瘤，未特指|Osteosarcoma, NOS
9181/3|成软骨细胞型骨肉瘤|Chondroblastic osteosarcoma
9182/3|成纤维细胞型骨肉瘤|Fibroblastic osteosarcoma
9183/3|毛细血管扩张型骨肉瘤|Telangiectatic osteosarcoma
9184/3|骨佩吉特病内骨肉瘤|Osteosarcoma in Paget disease of bone
9185/3|小细胞骨肉瘤|Small cell osteosarcoma
9186/3|中心型骨肉瘤|Central osteosarcoma
9187/3|骨内高分化骨肉瘤|Intraosseous well differentiated osteosarcoma
9192/3|骨旁骨肉瘤|Parosteal osteosarcoma
9193/3|骨膜骨肉瘤|Periosteal osteosarcoma
9194/3|高级别表面骨肉瘤|High grade surface osteosarcoma
9195/3|皮质内骨肉瘤|Intracortical osteosarcoma
9220/0|软骨瘤，未特指|Chondroma, NOS
9220/3|软骨肉瘤，未特指|Chondrosarcoma, NOS
9221/3|近皮质软骨肉瘤|Juxtacortical chondrosarcoma
9230/3|恶性成软骨细胞瘤|Chondroblastoma, malignant
9231/3|黏液样软骨肉瘤|Myxoid chondrosarcoma
9240/3|间叶性软骨肉瘤|Mesenchymal chondrosarcoma
9242/3|透明细胞软骨肉瘤|Clear cell chondrosarcoma
9243/3|去分化软骨肉瘤|Dedifferentiated chondrosarcoma
9250/1|骨巨细胞瘤，未特指|Giant cell tumor of bone, NOS
9250/3|恶性骨巨细胞瘤|Giant cell tumor of bone, malignant
9251/3|恶性软组织巨细胞瘤|Malignant giant cell tumor of soft parts
9252/3|恶性腱鞘巨细胞瘤|Malignant tenosynovial giant cell tumor
9260/3|尤因肉瘤|Ewing sarcoma
9261/3|长骨釉质瘤|Adamantinoma of long bones
9270/3|恶性牙源性肿瘤|Odontogenic tumor, malignant
9290/3|恶性成釉细胞牙瘤|Ameloblastic odontosarcoma
9310/3|恶性成釉细胞瘤|Ameloblastoma, malignant
9330/3|成釉细胞纤维肉瘤|Ameloblastic fibrosarcoma
9342/3|牙源性癌肉瘤|Odontogenic carcinosarcoma
9350/1|颅咽管瘤|Craniopharyngioma
9361/1|松果体细胞瘤|Pineocytoma
9362/3|松果体母细胞瘤|Pineoblastoma
9364/3|外周神经外胚层肿瘤|Peripheral neuroectodermal tumor
9365/3|阿斯金瘤|Askin tumor
9370/3|脊索瘤，未特指|Chordoma, NOS
9371/3|软骨样脊索瘤|Chondroid chordoma
9372/3|去分化脊索瘤|Dedifferentiated chordoma
9373/0|副脊索瘤|Parachordoma
9380/3|恶性胶质瘤|Glioma, malignant
9381/3|大脑胶质瘤病|Gliomatosis cerebri
9382/3|混合性胶质瘤|Mixed glioma
9383/1|室管膜下瘤|Subependymoma
9384/1|室管膜下巨细胞星形细胞瘤|Subependymal giant cell astrocytoma
9390/0|脉络丛乳头状瘤，未特指|Choroid plexus papilloma, NOS
9390/3|脉络丛癌|Choroid plexus carcinoma
9391/3|室管膜瘤，未特指|Ependymoma, NOS
9392/3|间变性室管膜瘤|Ependymoma, anaplastic
9393/3|乳头状室管膜瘤|Papillary ependymoma
9394/1|黏液乳头状室管膜瘤|Myxopapillary ependymoma
9400/3|星形细胞瘤，未特指|Astrocytoma, NOS
9401/3|间变性星形细胞瘤|Astrocytoma, anaplastic
9410/3|原浆型星形细胞瘤|Protoplasmic astrocytoma
9411/3|肥胖细胞型星形细胞瘤|Gemistocytic astrocytoma
9412/1|促纤维增生性婴儿星形细胞瘤|Desmoplastic infantile astrocytoma
9413/0|胚胎发育不良性神经上皮肿瘤|Dysembryoplastic neuroepithelial tumor
9420/3|纤维型星形细胞瘤|Fibrillary astrocytoma
9421/1|毛细胞型星形细胞瘤|Pilocytic astrocytoma
9423/3|极性成胶质细胞瘤|Polar spongioblastoma
9424/3|多形性黄色星形细胞瘤|Pleomorphic xanthoastrocytoma
9430/3|星形母细胞瘤|Astroblastoma
9440/3|胶质母细胞瘤，未特指|Glioblastoma, NOS
9441/3|巨细胞胶质母细胞瘤|Giant cell glioblastoma
9442/3|胶质肉瘤|Gliosarcoma
9444/1|脊索样胶质瘤|Chordoid glioma
9450/3|少突胶质细胞瘤，未特指|Oligodendroglioma, NOS
9451/3|间变性少突胶质细胞瘤|Oligodendroglioma, anaplastic
9460/3|少突胶质母细胞瘤|Oligodendroblastoma
9470/3|髓母细胞瘤，未特指|Medulloblastoma, NOS
9471/3|促结缔组织增生性结节型髓母细胞瘤|Desmoplastic nodular medulloblastoma
9472/3|髓肌母细胞瘤|Medullomyoblastoma
9473/3|原始神经外胚层肿瘤，未特指|Primitive neuroectodermal tumor, NOS
9474/3|大细胞髓母细胞瘤|Large cell medulloblastoma
9480/3|小脑肉瘤，未特指|Cerebellar sarcoma, NOS
9490/3|节细胞神经母细胞瘤|Ganglioneuroblastoma
9490/0|节细胞神经瘤|Ganglioneuroma
9500/3|神经母细胞瘤，未特指|Neuroblastoma, NOS
9501/3|髓上皮瘤，未特指|Medulloepithelioma, NOS
9502/3|畸胎样髓上皮瘤|Teratoid medulloepithelioma
9503/3|神经上皮瘤，未特指|Neuroepithelioma, NOS
9504/3|海绵状神经母细胞瘤|Spongioneuroblastoma
9505/1|节细胞胶质瘤|Ganglioglioma, NOS
9505/3|间变性节细胞胶质瘤|Ganglioglioma, anaplastic
9506/1|中枢神经细胞瘤|Central neurocytoma
9508/3|非典型畸胎样/横纹肌样瘤|Atypical teratoid/rhabdoid tumor
9510/3|视网膜母细胞瘤，未特指|Retinoblastoma, NOS
9511/3|分化型视网膜母细胞瘤|Retinoblastoma, differentiated
9512/3|未分化型视网膜母细胞瘤|Retinoblastoma, undifferentiated
9520/3|嗅神经源性肿瘤|Olfactory neurogenic tumor
9521/3|嗅神经细胞瘤|Olfactory neurocytoma
9522/3|嗅神经母细胞瘤|Olfactory neuroblastoma
9523/3|嗅神经上皮瘤|Olfactory neuroepithelioma
9530/0|脑膜瘤，未特指|Meningioma, NOS
9530/1|脑膜瘤病，未特指|Meningiomatosis, NOS
9530/3|恶性脑膜瘤|Meningioma, malignant
9531/0|脑膜内皮型脑膜瘤|Meningothelial meningioma
9532/0|纤维型脑膜瘤|Fibrous meningioma
9533/0|砂粒体型脑膜瘤|Psammomatous meningioma
9534/0|血管瘤型脑膜瘤|Angiomatous meningioma
9537/0|过渡型脑膜瘤|Transitional meningioma
9538/1|透明细胞型脑膜瘤|Clear cell meningioma
9538/3|乳头状脑膜瘤|Papillary meningioma
9539/1|非典型脑膜瘤|Atypical meningioma
9539/3|脑膜肉瘤病|Meningeal sarcomatosis
9540/0|神经纤维瘤，未特指|Neurofibroma, NOS
9540/1|神经纤维瘤病，未特指|Neurofibromatosis, NOS
9540/3|恶性外周神经鞘瘤|Malignant peripheral nerve sheath tumor
9550/0|丛状神经纤维瘤|Plexiform neurofibroma
9560/0|神经鞘瘤，未特指|Neurilemoma, NOS
9560/3|恶性神经鞘瘤|Neurilemoma, malignant
9561/3|恶性外周神经鞘瘤伴横纹肌母细胞分化|Malignant peripheral nerve sheath tumor with rhabdomyoblastic differentiation
9571/3|恶性神经束膜瘤|Perineurioma, malignant
9580/3|恶性颗粒细胞瘤|Granular cell tumor, malignant
9581/3|腺泡状软组织肉瘤|Alveolar soft part sarcoma
9582/0|鞍区颗粒细胞瘤|Granular cell tumor of the sellar region
`;
