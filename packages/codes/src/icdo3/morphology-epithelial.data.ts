// ICD-O-3 morphology terms 8000–8589 (WHO 2000, the edition Chinese registries code in; terms added by
// ICD-O-3.1 are marked in the English name). Format `code/behaviour|Chinese|English`, preferred terms
// only. A selection: every code domain.md names, the common types of the annual-report sites, and at
// least one term in each range of the IARC histological groups.
export const MORPHOLOGY_EPITHELIAL_ROWS = `
8000/0|良性肿瘤|Neoplasm, benign
8000/1|肿瘤，良恶性未肯定|Neoplasm, uncertain whether benign or malignant
8000/3|恶性肿瘤|Neoplasm, malignant
8000/6|转移性肿瘤|Neoplasm, metastatic
8000/9|恶性肿瘤，原发或转移未肯定|Neoplasm, malignant, uncertain whether primary or metastatic
8001/3|恶性肿瘤细胞|Tumor cells, malignant
8002/3|恶性肿瘤，小细胞型|Malignant tumor, small cell type
8003/3|恶性肿瘤，巨细胞型|Malignant tumor, giant cell type
8004/3|恶性肿瘤，梭形细胞型|Malignant tumor, spindle cell type
8005/3|恶性肿瘤，透明细胞型|Malignant tumor, clear cell type
8010/2|原位癌，未特指|Carcinoma in situ, NOS
8010/3|癌，未特指|Carcinoma, NOS
8010/6|转移性癌，未特指|Carcinoma, metastatic, NOS
8011/3|上皮瘤，恶性|Epithelioma, malignant
8012/3|大细胞癌，未特指|Large cell carcinoma, NOS
8013/3|大细胞神经内分泌癌|Large cell neuroendocrine carcinoma
8014/3|大细胞癌伴横纹肌样表型|Large cell carcinoma with rhabdoid phenotype
8015/3|毛玻璃细胞癌|Glassy cell carcinoma
8020/3|未分化癌，未特指|Carcinoma, undifferentiated, NOS
8021/3|间变性癌，未特指|Carcinoma, anaplastic, NOS
8022/3|多形性癌|Pleomorphic carcinoma
8030/3|巨细胞和梭形细胞癌|Giant cell and spindle cell carcinoma
8031/3|巨细胞癌|Giant cell carcinoma
8032/3|梭形细胞癌，未特指|Spindle cell carcinoma, NOS
8033/3|假肉瘤样癌|Pseudosarcomatous carcinoma
8034/3|多角形细胞癌|Polygonal cell carcinoma
8035/3|癌伴破骨细胞样巨细胞|Carcinoma with osteoclast-like giant cells
8041/3|小细胞癌，未特指|Small cell carcinoma, NOS
8042/3|燕麦细胞癌|Oat cell carcinoma
8043/3|小细胞癌，梭形细胞|Small cell carcinoma, fusiform cell
8044/3|小细胞癌，中间细胞|Small cell carcinoma, intermediate cell
8045/3|复合性小细胞癌|Combined small cell carcinoma
8046/3|非小细胞癌|Non-small cell carcinoma
8050/2|乳头状原位癌|Papillary carcinoma in situ
8050/3|乳头状癌，未特指|Papillary carcinoma, NOS
8051/3|疣状癌，未特指|Verrucous carcinoma, NOS
8052/2|乳头状鳞状细胞原位癌|Papillary squamous cell carcinoma, non-invasive
8052/3|乳头状鳞状细胞癌|Papillary squamous cell carcinoma
8070/2|鳞状细胞原位癌，未特指|Squamous cell carcinoma in situ, NOS
8070/3|鳞状细胞癌，未特指|Squamous cell carcinoma, NOS
8070/6|转移性鳞状细胞癌，未特指|Squamous cell carcinoma, metastatic, NOS
8071/3|角化性鳞状细胞癌，未特指|Squamous cell carcinoma, keratinizing, NOS
8072/3|大细胞非角化性鳞状细胞癌，未特指|Squamous cell carcinoma, large cell, nonkeratinizing, NOS
8073/3|小细胞非角化性鳞状细胞癌|Squamous cell carcinoma, small cell, nonkeratinizing
8074/3|梭形细胞鳞状细胞癌|Squamous cell carcinoma, spindle cell
8075/3|腺样鳞状细胞癌|Squamous cell carcinoma, adenoid
8076/2|鳞状细胞原位癌伴可疑间质浸润|Squamous cell carcinoma in situ with questionable stromal invasion
8076/3|微小浸润性鳞状细胞癌|Squamous cell carcinoma, microinvasive
8077/2|鳞状上皮内瘤变，Ⅲ级|Squamous intraepithelial neoplasia, grade III
8078/3|鳞状细胞癌伴角质形成|Squamous cell carcinoma with horn formation
8080/2|凯拉增殖性红斑|Queyrat erythroplasia
8081/2|鲍恩病|Bowen disease
8082/3|淋巴上皮癌|Lymphoepithelial carcinoma
8083/3|基底样鳞状细胞癌|Basaloid squamous cell carcinoma
8084/3|透明细胞型鳞状细胞癌|Squamous cell carcinoma, clear cell type
8090/1|基底细胞肿瘤|Basal cell tumor
8090/3|基底细胞癌，未特指|Basal cell carcinoma, NOS
8091/3|多灶性浅表性基底细胞癌|Multifocal superficial basal cell carcinoma
8092/3|浸润性基底细胞癌，未特指|Infiltrating basal cell carcinoma, NOS
8093/3|纤维上皮性基底细胞癌|Basal cell carcinoma, fibroepithelial
8094/3|基底鳞状细胞癌|Basosquamous carcinoma
8095/3|异型癌|Metatypical carcinoma
8097/3|结节性基底细胞癌|Basal cell carcinoma, nodular
8098/3|腺样基底细胞癌|Adenoid basal carcinoma
8100/0|毛发上皮瘤|Trichoepithelioma
8102/3|毛根鞘癌|Trichilemmocarcinoma
8110/0|毛母质瘤，未特指|Pilomatrixoma, NOS
8110/3|毛母质癌|Pilomatrix carcinoma
8120/0|移行细胞乳头状瘤，良性|Transitional cell papilloma, benign
8120/1|移行细胞乳头状瘤，未特指|Transitional cell papilloma, NOS
8120/2|移行细胞原位癌|Transitional cell carcinoma in situ
8120/3|移行细胞癌，未特指|Transitional cell carcinoma, NOS
8121/3|施奈德癌|Schneiderian carcinoma
8122/3|梭形细胞移行细胞癌|Transitional cell carcinoma, spindle cell
8123/3|基底样癌|Basaloid carcinoma
8124/3|泄殖腔源性癌|Cloacogenic carcinoma
8130/1|低度恶性潜能乳头状移行细胞肿瘤|Papillary transitional cell neoplasm of low malignant potential
8130/2|非浸润性乳头状移行细胞癌|Papillary transitional cell carcinoma, non-invasive
8130/3|乳头状移行细胞癌|Papillary transitional cell carcinoma
8131/3|微乳头状移行细胞癌|Transitional cell carcinoma, micropapillary
8140/0|腺瘤，未特指|Adenoma, NOS
8140/1|非典型腺瘤|Atypical adenoma
8140/2|原位腺癌，未特指|Adenocarcinoma in situ, NOS
8140/3|腺癌，未特指|Adenocarcinoma, NOS
8140/6|转移性腺癌，未特指|Adenocarcinoma, metastatic, NOS
8141/3|硬癌|Scirrhous adenocarcinoma
8142/3|皮革样胃|Linitis plastica
8143/3|浅表扩散性腺癌|Superficial spreading adenocarcinoma
8144/3|肠型腺癌|Adenocarcinoma, intestinal type
8145/3|弥漫型癌|Carcinoma, diffuse type
8147/3|基底细胞腺癌|Basal cell adenocarcinoma
8148/2|腺上皮内瘤变，Ⅲ级|Glandular intraepithelial neoplasia, grade III
8150/1|胰岛细胞瘤，未特指|Islet cell tumor, NOS
8150/3|胰岛细胞癌|Islet cell carcinoma
8151/0|胰岛素瘤，未特指|Insulinoma, NOS
8151/3|恶性胰岛素瘤|Insulinoma, malignant
8152/3|恶性胰高血糖素瘤|Glucagonoma, malignant
8153/3|恶性胃泌素瘤|Gastrinoma, malignant
8154/3|胰岛细胞和外分泌混合性腺癌|Mixed islet cell and exocrine adenocarcinoma
8155/3|恶性血管活性肠肽瘤|Vipoma, malignant
8156/3|恶性生长抑素瘤|Somatostatinoma, malignant
8157/3|恶性肠高血糖素瘤|Enteroglucagonoma, malignant
8160/0|胆管腺瘤|Bile duct adenoma
8160/3|胆管癌|Cholangiocarcinoma
8161/3|胆管囊腺癌|Bile duct cystadenocarcinoma
8162/3|克拉茨金瘤|Klatskin tumor
8170/0|肝细胞腺瘤|Liver cell adenoma
8170/3|肝细胞癌，未特指|Hepatocellular carcinoma, NOS
8171/3|纤维板层型肝细胞癌|Hepatocellular carcinoma, fibrolamellar
8172/3|硬化型肝细胞癌|Hepatocellular carcinoma, scirrhous
8173/3|梭形细胞变异型肝细胞癌|Hepatocellular carcinoma, spindle cell variant
8174/3|透明细胞型肝细胞癌|Hepatocellular carcinoma, clear cell type
8175/3|多形细胞型肝细胞癌|Hepatocellular carcinoma, pleomorphic type
8180/3|混合型肝细胞癌和胆管癌|Combined hepatocellular carcinoma and cholangiocarcinoma
8190/3|小梁状腺癌|Trabecular adenocarcinoma
8200/3|腺样囊性癌|Adenoid cystic carcinoma
8201/3|筛状癌，未特指|Cribriform carcinoma, NOS
8210/0|腺瘤性息肉，未特指|Adenomatous polyp, NOS
8210/2|腺瘤性息肉内原位腺癌|Adenocarcinoma in situ in adenomatous polyp
8210/3|腺瘤性息肉内腺癌|Adenocarcinoma in adenomatous polyp
8211/0|管状腺瘤，未特指|Tubular adenoma, NOS
8211/3|管状腺癌|Tubular adenocarcinoma
8220/0|结肠腺瘤性息肉病|Adenomatous polyposis coli
8220/3|结肠腺瘤性息肉病内腺癌|Adenocarcinoma in adenomatous polyposis coli
8221/3|多发性腺瘤性息肉内腺癌|Adenocarcinoma in multiple adenomatous polyps
8230/3|实体癌，未特指|Solid carcinoma, NOS
8231/3|单纯癌|Carcinoma simplex
8240/1|类癌，恶性潜能未定|Carcinoid tumor of uncertain malignant potential
8240/3|类癌，未特指|Carcinoid tumor, NOS
8241/3|肠嗜铬细胞类癌|Enterochromaffin cell carcinoid
8242/3|恶性肠嗜铬样细胞类癌|Enterochromaffin-like cell tumor, malignant
8243/3|杯状细胞类癌|Goblet cell carcinoid
8244/3|复合性类癌|Composite carcinoid
8245/3|腺类癌|Adenocarcinoid tumor
8246/3|神经内分泌癌，未特指|Neuroendocrine carcinoma, NOS
8247/3|梅克尔细胞癌|Merkel cell carcinoma
8249/3|非典型类癌|Atypical carcinoid tumor
8250/3|细支气管肺泡腺癌，未特指|Bronchiolo-alveolar adenocarcinoma, NOS
8251/3|肺泡腺癌|Alveolar adenocarcinoma
8252/3|非黏液性细支气管肺泡癌|Bronchiolo-alveolar carcinoma, non-mucinous
8253/3|黏液性细支气管肺泡癌|Bronchiolo-alveolar carcinoma, mucinous
8254/3|混合性黏液性和非黏液性细支气管肺泡癌|Bronchiolo-alveolar carcinoma, mixed mucinous and non-mucinous
8255/3|腺癌伴混合亚型|Adenocarcinoma with mixed subtypes
8260/0|乳头状腺瘤，未特指|Papillary adenoma, NOS
8260/3|乳头状腺癌，未特指|Papillary adenocarcinoma, NOS
8261/0|绒毛状腺瘤，未特指|Villous adenoma, NOS
8261/2|绒毛状腺瘤内原位腺癌|Adenocarcinoma in situ in villous adenoma
8261/3|绒毛状腺瘤内腺癌|Adenocarcinoma in villous adenoma
8262/3|绒毛状腺癌|Villous adenocarcinoma
8263/0|管状绒毛状腺瘤，未特指|Tubulovillous adenoma, NOS
8263/2|管状绒毛状腺瘤内原位腺癌|Adenocarcinoma in situ in tubulovillous adenoma
8263/3|管状绒毛状腺瘤内腺癌|Adenocarcinoma in tubulovillous adenoma
8270/3|嫌色细胞癌|Chromophobe carcinoma
8271/0|催乳素瘤|Prolactinoma
8272/0|垂体腺瘤，未特指|Pituitary adenoma, NOS
8272/3|垂体癌，未特指|Pituitary carcinoma, NOS
8280/3|嗜酸性癌|Acidophil carcinoma
8281/3|混合性嗜酸性-嗜碱性癌|Mixed acidophil-basophil carcinoma
8290/0|嗜酸细胞腺瘤|Oxyphilic adenoma
8290/3|嗜酸细胞腺癌|Oxyphilic adenocarcinoma
8300/3|嗜碱细胞癌|Basophil carcinoma
8310/0|透明细胞腺瘤|Clear cell adenoma
8310/3|透明细胞腺癌，未特指|Clear cell adenocarcinoma, NOS
8312/3|肾细胞癌，未特指|Renal cell carcinoma, NOS
8313/3|透明细胞腺癌纤维瘤|Clear cell adenocarcinofibroma
8314/3|富脂质癌|Lipid-rich carcinoma
8315/3|富糖原癌|Glycogen-rich carcinoma
8316/3|囊肿相关性肾细胞癌|Cyst-associated renal cell carcinoma
8317/3|嫌色细胞型肾细胞癌|Renal cell carcinoma, chromophobe type
8318/3|肉瘤样肾细胞癌|Renal cell carcinoma, sarcomatoid
8319/3|集合管癌|Collecting duct carcinoma
8320/3|颗粒细胞癌|Granular cell carcinoma
8322/3|水样透明细胞腺癌|Water-clear cell adenocarcinoma
8323/3|混合细胞腺癌|Mixed cell adenocarcinoma
8330/0|滤泡性腺瘤|Follicular adenoma
8330/3|滤泡性腺癌，未特指|Follicular adenocarcinoma, NOS
8331/3|高分化滤泡性腺癌|Follicular adenocarcinoma, well differentiated
8332/3|小梁状滤泡性腺癌|Follicular adenocarcinoma, trabecular
8335/3|微小浸润性滤泡癌|Follicular carcinoma, minimally invasive
8337/3|岛状癌|Insular carcinoma
8340/3|乳头状癌，滤泡亚型|Papillary carcinoma, follicular variant
8341/3|乳头状微小癌|Papillary microcarcinoma
8342/3|乳头状癌，嗜酸细胞亚型|Papillary carcinoma, oxyphilic cell
8343/3|乳头状癌，包裹性|Papillary carcinoma, encapsulated
8344/3|乳头状癌，柱状细胞|Papillary carcinoma, columnar cell
8345/3|髓样癌伴淀粉样间质|Medullary carcinoma with amyloid stroma
8346/3|混合性髓样-滤泡性癌|Mixed medullary-follicular carcinoma
8347/3|混合性髓样-乳头状癌|Mixed medullary-papillary carcinoma
8350/3|非包裹性硬化性癌|Nonencapsulated sclerosing carcinoma
8370/0|肾上腺皮质腺瘤，未特指|Adrenal cortical adenoma, NOS
8370/3|肾上腺皮质癌|Adrenal cortical carcinoma
8380/0|子宫内膜样腺瘤，未特指|Endometrioid adenoma, NOS
8380/1|交界性子宫内膜样腺瘤|Endometrioid adenoma, borderline malignancy
8380/3|子宫内膜样腺癌，未特指|Endometrioid adenocarcinoma, NOS
8381/3|子宫内膜样腺纤维瘤，恶性|Endometrioid adenofibroma, malignant
8382/3|子宫内膜样腺癌，分泌亚型|Endometrioid adenocarcinoma, secretory variant
8383/3|子宫内膜样腺癌，纤毛细胞亚型|Endometrioid adenocarcinoma, ciliated cell variant
8384/3|子宫颈内膜型腺癌|Adenocarcinoma, endocervical type
8390/3|皮肤附件癌|Skin appendage carcinoma
8400/3|汗腺腺癌|Sweat gland adenocarcinoma
8401/3|顶泌汗腺腺癌|Apocrine adenocarcinoma
8402/3|恶性结节性汗腺瘤|Nodular hidradenoma, malignant
8403/3|恶性小汗腺螺旋腺瘤|Malignant eccrine spiradenoma
8407/3|微囊性附件癌|Microcystic adnexal carcinoma
8408/3|小汗腺乳头状腺癌|Eccrine papillary adenocarcinoma
8409/3|小汗腺汗孔癌|Eccrine poroma, malignant
8410/3|皮脂腺腺癌|Sebaceous adenocarcinoma
8413/3|小汗腺腺癌|Eccrine adenocarcinoma
8420/3|耵聍腺腺癌|Ceruminous adenocarcinoma
8430/3|黏液表皮样癌|Mucoepidermoid carcinoma
8440/0|囊腺瘤，未特指|Cystadenoma, NOS
8440/3|囊腺癌，未特指|Cystadenocarcinoma, NOS
8441/0|浆液性囊腺瘤，未特指|Serous cystadenoma, NOS
8441/3|浆液性囊腺癌，未特指|Serous cystadenocarcinoma, NOS
8442/1|交界性浆液性囊腺瘤|Serous cystadenoma, borderline malignancy
8450/3|乳头状囊腺癌，未特指|Papillary cystadenocarcinoma, NOS
8452/1|实性假乳头状瘤|Solid pseudopapillary tumor
8452/3|实性假乳头状癌|Solid pseudopapillary carcinoma
8453/0|导管内乳头状黏液性腺瘤|Intraductal papillary-mucinous adenoma
8453/1|导管内乳头状黏液性肿瘤伴中度异型增生|Intraductal papillary-mucinous tumor with moderate dysplasia
8453/2|非浸润性导管内乳头状黏液性癌|Intraductal papillary-mucinous carcinoma, non-invasive
8453/3|浸润性导管内乳头状黏液性癌|Intraductal papillary-mucinous carcinoma, invasive
8460/3|乳头状浆液性囊腺癌|Papillary serous cystadenocarcinoma
8461/3|浆液性表面乳头状癌|Serous surface papillary carcinoma
8462/1|交界性浆液性乳头状囊性肿瘤|Serous papillary cystic tumor of borderline malignancy
8470/0|黏液性囊腺瘤，未特指|Mucinous cystadenoma, NOS
8470/3|黏液性囊腺癌，未特指|Mucinous cystadenocarcinoma, NOS
8471/3|乳头状黏液性囊腺癌|Papillary mucinous cystadenocarcinoma
8472/1|交界性黏液性囊性肿瘤|Mucinous cystic tumor of borderline malignancy
8480/3|黏液腺癌|Mucinous adenocarcinoma
8481/3|产黏液腺癌|Mucin-producing adenocarcinoma
8482/3|黏液腺癌，子宫颈内膜型|Mucinous adenocarcinoma, endocervical type
8490/3|印戒细胞癌|Signet ring cell carcinoma
8490/6|转移性印戒细胞癌|Metastatic signet ring cell carcinoma
8500/2|导管内癌，非浸润性，未特指|Intraductal carcinoma, noninfiltrating, NOS
8500/3|浸润性导管癌，未特指|Infiltrating duct carcinoma, NOS
8501/2|粉刺癌，非浸润性|Comedocarcinoma, noninfiltrating
8501/3|粉刺癌，未特指|Comedocarcinoma, NOS
8502/3|乳腺分泌性癌|Secretory carcinoma of breast
8503/2|非浸润性导管内乳头状腺癌|Noninfiltrating intraductal papillary adenocarcinoma
8503/3|浸润性导管内乳头状腺癌|Intraductal papillary adenocarcinoma with invasion
8504/3|囊内癌，未特指|Intracystic carcinoma, NOS
8507/2|导管内微乳头状癌|Intraductal micropapillary carcinoma
8507/3|浸润性微乳头状癌|Invasive micropapillary carcinoma
8510/3|髓样癌，未特指|Medullary carcinoma, NOS
8512/3|髓样癌伴淋巴样间质|Medullary carcinoma with lymphoid stroma
8513/3|非典型髓样癌|Atypical medullary carcinoma
8514/3|导管癌，促结缔组织增生型|Duct carcinoma, desmoplastic type
8520/2|小叶原位癌|Lobular carcinoma in situ, NOS
8520/3|小叶癌，未特指|Lobular carcinoma, NOS
8521/3|浸润性小导管癌|Infiltrating ductular carcinoma
8522/2|导管内癌和小叶原位癌|Intraductal carcinoma and lobular carcinoma in situ
8522/3|浸润性导管和小叶癌|Infiltrating duct and lobular carcinoma
8523/3|浸润性导管癌混合其他类型癌|Infiltrating duct mixed with other types of carcinoma
8524/3|浸润性小叶癌混合其他类型癌|Infiltrating lobular mixed with other types of carcinoma
8525/3|多形性低度恶性腺癌|Polymorphous low grade adenocarcinoma
8530/3|炎性癌|Inflammatory carcinoma
8540/3|乳房佩吉特病|Paget disease, mammary
8541/3|佩吉特病和乳房浸润性导管癌|Paget disease and infiltrating duct carcinoma of breast
8542/3|乳房外佩吉特病|Paget disease, extramammary
8543/3|佩吉特病和乳房导管内癌|Paget disease and intraductal carcinoma of breast
8550/3|腺泡细胞癌|Acinar cell carcinoma
8551/3|腺泡细胞囊腺癌|Acinar cell cystadenocarcinoma
8560/3|腺鳞癌|Adenosquamous carcinoma
8562/3|上皮-肌上皮癌|Epithelial-myoepithelial carcinoma
8570/3|腺癌伴鳞状化生|Adenocarcinoma with squamous metaplasia
8571/3|腺癌伴软骨和骨化生|Adenocarcinoma with cartilaginous and osseous metaplasia
8572/3|腺癌伴梭形细胞化生|Adenocarcinoma with spindle cell metaplasia
8573/3|腺癌伴顶泌化生|Adenocarcinoma with apocrine metaplasia
8574/3|腺癌伴神经内分泌分化|Adenocarcinoma with neuroendocrine differentiation
8575/3|化生性癌，未特指|Metaplastic carcinoma, NOS
8576/3|肝样腺癌|Hepatoid adenocarcinoma
8580/1|胸腺瘤，未特指|Thymoma, NOS
8580/3|恶性胸腺瘤，未特指|Thymoma, malignant, NOS
8581/3|恶性胸腺瘤，A型|Thymoma, type A, malignant
8582/3|恶性胸腺瘤，AB型|Thymoma, type AB, malignant
8583/3|恶性胸腺瘤，B1型|Thymoma, type B1, malignant
8584/3|恶性胸腺瘤，B2型|Thymoma, type B2, malignant
8585/3|恶性胸腺瘤，B3型|Thymoma, type B3, malignant
8586/3|胸腺癌|Thymic carcinoma
8588/3|伴胸腺样成分的梭形细胞上皮肿瘤|Spindle epithelial tumor with thymus-like element
8589/3|显示胸腺样成分的癌|Carcinoma showing thymus-like element
`;
