// ICD-10 (WHO 2016) four-character subcategories of chapter II that do NOT repeat the ICD-O-3
// topography subdivision of the same category (those are derived from the topography table, see
// icd10.ts). Format `code|Chinese|English`; titles are the subcategory lines of the tabular list.
export const ICD10_SUBCATEGORY_ROWS = `
C22.0|肝细胞癌|Liver cell carcinoma
C22.1|肝内胆管癌|Intrahepatic bile duct carcinoma
C22.2|肝母细胞瘤|Hepatoblastoma
C22.3|肝血管肉瘤|Angiosarcoma of liver
C22.4|肝其他肉瘤|Other sarcomas of liver
C22.7|肝其他特指的癌|Other specified carcinomas of liver
C22.9|肝，未特指|Liver, unspecified
C26.0|肠道，部位未特指|Intestinal tract, part unspecified
C26.1|脾|Spleen
C26.8|消化系统交搭跨越的损害|Overlapping lesion of digestive system
C26.9|消化系统内不明确的部位|Ill-defined sites within the digestive system
C43.0|唇恶性黑色素瘤|Malignant melanoma of lip
C43.1|眼睑（包括眦）恶性黑色素瘤|Malignant melanoma of eyelid, including canthus
C43.2|耳和外耳道恶性黑色素瘤|Malignant melanoma of ear and external auricular canal
C43.3|面部其他和未特指部位的恶性黑色素瘤|Malignant melanoma of other and unspecified parts of face
C43.4|头皮和颈部恶性黑色素瘤|Malignant melanoma of scalp and neck
C43.5|躯干恶性黑色素瘤|Malignant melanoma of trunk
C43.6|上肢（包括肩）恶性黑色素瘤|Malignant melanoma of upper limb, including shoulder
C43.7|下肢（包括髋）恶性黑色素瘤|Malignant melanoma of lower limb, including hip
C43.8|皮肤交搭跨越的恶性黑色素瘤|Overlapping malignant melanoma of skin
C43.9|皮肤恶性黑色素瘤，未特指|Malignant melanoma of skin, unspecified
C44.0|唇皮肤|Skin of lip
C44.1|眼睑（包括眦）皮肤|Skin of eyelid, including canthus
C44.2|耳和外耳道皮肤|Skin of ear and external auricular canal
C44.3|面部其他和未特指部位的皮肤|Skin of other and unspecified parts of face
C44.4|头皮和颈部皮肤|Skin of scalp and neck
C44.5|躯干皮肤|Skin of trunk
C44.6|上肢（包括肩）皮肤|Skin of upper limb, including shoulder
C44.7|下肢（包括髋）皮肤|Skin of lower limb, including hip
C44.8|皮肤交搭跨越的损害|Overlapping lesion of skin
C44.9|皮肤恶性肿瘤，未特指|Malignant neoplasm of skin, unspecified
C45.0|胸膜间皮瘤|Mesothelioma of pleura
C45.1|腹膜间皮瘤|Mesothelioma of peritoneum
C45.2|心包间皮瘤|Mesothelioma of pericardium
C45.7|其他部位的间皮瘤|Mesothelioma of other sites
C45.9|间皮瘤，未特指|Mesothelioma, unspecified
C46.0|皮肤卡波西肉瘤|Kaposi sarcoma of skin
C46.1|软组织卡波西肉瘤|Kaposi sarcoma of soft tissue
C46.2|腭卡波西肉瘤|Kaposi sarcoma of palate
C46.3|淋巴结卡波西肉瘤|Kaposi sarcoma of lymph nodes
C46.7|其他部位的卡波西肉瘤|Kaposi sarcoma of other sites
C46.8|多器官卡波西肉瘤|Kaposi sarcoma of multiple organs
C46.9|卡波西肉瘤，未特指|Kaposi sarcoma, unspecified
C78.0|肺继发性恶性肿瘤|Secondary malignant neoplasm of lung
C78.1|纵隔继发性恶性肿瘤|Secondary malignant neoplasm of mediastinum
C78.2|胸膜继发性恶性肿瘤|Secondary malignant neoplasm of pleura
C78.3|其他和未特指呼吸器官继发性恶性肿瘤|Secondary malignant neoplasm of other and unspecified respiratory organs
C78.4|小肠继发性恶性肿瘤|Secondary malignant neoplasm of small intestine
C78.5|大肠和直肠继发性恶性肿瘤|Secondary malignant neoplasm of large intestine and rectum
C78.6|腹膜后和腹膜继发性恶性肿瘤|Secondary malignant neoplasm of retroperitoneum and peritoneum
C78.7|肝和肝内胆管继发性恶性肿瘤|Secondary malignant neoplasm of liver and intrahepatic bile duct
C78.8|其他和未特指消化器官继发性恶性肿瘤|Secondary malignant neoplasm of other and unspecified digestive organs
C79.0|肾和肾盂继发性恶性肿瘤|Secondary malignant neoplasm of kidney and renal pelvis
C79.1|膀胱和其他及未特指泌尿器官继发性恶性肿瘤|Secondary malignant neoplasm of bladder and other and unspecified urinary organs
C79.2|皮肤继发性恶性肿瘤|Secondary malignant neoplasm of skin
C79.3|脑和脑膜继发性恶性肿瘤|Secondary malignant neoplasm of brain and cerebral meninges
C79.4|神经系统其他和未特指部位的继发性恶性肿瘤|Secondary malignant neoplasm of other and unspecified parts of nervous system
C79.5|骨和骨髓继发性恶性肿瘤|Secondary malignant neoplasm of bone and bone marrow
C79.6|卵巢继发性恶性肿瘤|Secondary malignant neoplasm of ovary
C79.7|肾上腺继发性恶性肿瘤|Secondary malignant neoplasm of adrenal gland
C79.8|其他特指部位的继发性恶性肿瘤|Secondary malignant neoplasm of other specified sites
C79.9|继发性恶性肿瘤，部位未特指|Secondary malignant neoplasm, unspecified site
C80.0|恶性肿瘤，原发部位不明，已说明|Malignant neoplasm, primary site unknown, so stated
C80.9|恶性肿瘤，原发部位未特指|Malignant neoplasm, primary site unspecified
C81.0|结节性淋巴细胞为主型霍奇金淋巴瘤|Nodular lymphocyte predominant Hodgkin lymphoma
C81.1|结节硬化型经典霍奇金淋巴瘤|Nodular sclerosis classical Hodgkin lymphoma
C81.2|混合细胞型经典霍奇金淋巴瘤|Mixed cellularity classical Hodgkin lymphoma
C81.3|淋巴细胞消减型经典霍奇金淋巴瘤|Lymphocyte depleted classical Hodgkin lymphoma
C81.4|富于淋巴细胞型经典霍奇金淋巴瘤|Lymphocyte-rich classical Hodgkin lymphoma
C81.7|其他经典霍奇金淋巴瘤|Other classical Hodgkin lymphoma
C81.9|霍奇金淋巴瘤，未特指|Hodgkin lymphoma, unspecified
C82.0|滤泡性淋巴瘤Ⅰ级|Follicular lymphoma grade I
C82.1|滤泡性淋巴瘤Ⅱ级|Follicular lymphoma grade II
C82.2|滤泡性淋巴瘤Ⅲ级，未特指|Follicular lymphoma grade III, unspecified
C82.3|滤泡性淋巴瘤ⅢA级|Follicular lymphoma grade IIIa
C82.4|滤泡性淋巴瘤ⅢB级|Follicular lymphoma grade IIIb
C82.5|弥漫性滤泡中心淋巴瘤|Diffuse follicle centre lymphoma
C82.6|皮肤滤泡中心淋巴瘤|Cutaneous follicle centre lymphoma
C82.7|滤泡性淋巴瘤的其他类型|Other types of follicular lymphoma
C82.9|滤泡性淋巴瘤，未特指|Follicular lymphoma, unspecified
C83.0|小细胞B细胞淋巴瘤|Small cell B-cell lymphoma
C83.1|套细胞淋巴瘤|Mantle cell lymphoma
C83.3|弥漫性大B细胞淋巴瘤|Diffuse large B-cell lymphoma
C83.5|淋巴母细胞性（弥漫性）淋巴瘤|Lymphoblastic (diffuse) lymphoma
C83.7|伯基特淋巴瘤|Burkitt lymphoma
C83.8|其他非滤泡性淋巴瘤|Other non-follicular lymphoma
C83.9|非滤泡性（弥漫性）淋巴瘤，未特指|Non-follicular (diffuse) lymphoma, unspecified
C84.0|蕈样霉菌病|Mycosis fungoides
C84.1|塞扎里病|Sézary disease
C84.4|外周T细胞淋巴瘤，不可归类在他处者|Peripheral T-cell lymphoma, not elsewhere classified
C84.5|其他成熟T/NK细胞淋巴瘤|Other mature T/NK-cell lymphomas
C84.6|间变性大细胞淋巴瘤，ALK阳性|Anaplastic large cell lymphoma, ALK-positive
C84.7|间变性大细胞淋巴瘤，ALK阴性|Anaplastic large cell lymphoma, ALK-negative
C84.8|皮肤T细胞淋巴瘤，未特指|Cutaneous T-cell lymphoma, unspecified
C84.9|成熟T/NK细胞淋巴瘤，未特指|Mature T/NK-cell lymphoma, unspecified
C85.1|B细胞淋巴瘤，未特指|B-cell lymphoma, unspecified
C85.2|纵隔（胸腺）大B细胞淋巴瘤|Mediastinal (thymic) large B-cell lymphoma
C85.7|非霍奇金淋巴瘤的其他特指类型|Other specified types of non-Hodgkin lymphoma
C85.9|非霍奇金淋巴瘤，未特指|Non-Hodgkin lymphoma, unspecified
C86.0|结外NK/T细胞淋巴瘤，鼻型|Extranodal NK/T-cell lymphoma, nasal type
C86.1|肝脾T细胞淋巴瘤|Hepatosplenic T-cell lymphoma
C86.2|肠病型（肠）T细胞淋巴瘤|Enteropathy-type (intestinal) T-cell lymphoma
C86.3|皮下脂膜炎样T细胞淋巴瘤|Subcutaneous panniculitis-like T-cell lymphoma
C86.4|母细胞性NK细胞淋巴瘤|Blastic NK-cell lymphoma
C86.5|血管免疫母细胞性T细胞淋巴瘤|Angioimmunoblastic T-cell lymphoma
C86.6|原发性皮肤CD30阳性T细胞增生|Primary cutaneous CD30-positive T-cell proliferations
C88.0|瓦尔登斯特伦巨球蛋白血症|Waldenström macroglobulinaemia
C88.2|其他重链病|Other heavy chain disease
C88.3|免疫增生性小肠病|Immunoproliferative small intestinal disease
C88.4|黏膜相关淋巴组织结外边缘区B细胞淋巴瘤[MALT淋巴瘤]|Extranodal marginal zone B-cell lymphoma of mucosa-associated lymphoid tissue [MALT-lymphoma]
C88.7|其他恶性免疫增生性疾病|Other malignant immunoproliferative diseases
C88.9|恶性免疫增生性疾病，未特指|Malignant immunoproliferative disease, unspecified
C90.0|多发性骨髓瘤|Multiple myeloma
C90.1|浆细胞白血病|Plasma cell leukaemia
C90.2|髓外浆细胞瘤|Extramedullary plasmacytoma
C90.3|孤立性浆细胞瘤|Solitary plasmacytoma
C91.0|急性淋巴母细胞白血病|Acute lymphoblastic leukaemia [ALL]
C91.1|B细胞型慢性淋巴细胞白血病|Chronic lymphocytic leukaemia of B-cell type
C91.3|B细胞型幼淋巴细胞白血病|Prolymphocytic leukaemia of B-cell type
C91.4|毛细胞白血病|Hairy-cell leukaemia
C91.5|成人T细胞淋巴瘤/白血病（HTLV-1相关）|Adult T-cell lymphoma/leukaemia (HTLV-1-associated)
C91.6|T细胞型幼淋巴细胞白血病|Prolymphocytic leukaemia of T-cell type
C91.7|其他淋巴样白血病|Other lymphoid leukaemia
C91.8|伯基特型成熟B细胞白血病|Mature B-cell leukaemia Burkitt-type
C91.9|淋巴样白血病，未特指|Lymphoid leukaemia, unspecified
C92.0|急性髓母细胞白血病|Acute myeloblastic leukaemia [AML]
C92.1|慢性髓样白血病，BCR/ABL阳性|Chronic myeloid leukaemia [CML], BCR/ABL-positive
C92.2|不典型慢性髓样白血病，BCR/ABL阴性|Atypical chronic myeloid leukaemia, BCR/ABL-negative
C92.3|髓样肉瘤|Myeloid sarcoma
C92.4|急性早幼粒细胞白血病|Acute promyelocytic leukaemia [PML]
C92.5|急性粒-单核细胞白血病|Acute myelomonocytic leukaemia
C92.6|急性髓样白血病伴11q23异常|Acute myeloid leukaemia with 11q23-abnormality
C92.7|其他髓样白血病|Other myeloid leukaemia
C92.8|急性髓样白血病伴多系发育异常|Acute myeloid leukaemia with multilineage dysplasia
C92.9|髓样白血病，未特指|Myeloid leukaemia, unspecified
C93.0|急性原单核细胞/单核细胞白血病|Acute monoblastic/monocytic leukaemia
C93.1|慢性粒-单核细胞白血病|Chronic myelomonocytic leukaemia
C93.3|幼年型粒-单核细胞白血病|Juvenile myelomonocytic leukaemia
C93.7|其他单核细胞白血病|Other monocytic leukaemia
C93.9|单核细胞白血病，未特指|Monocytic leukaemia, unspecified
C94.0|急性红白血病|Acute erythroid leukaemia
C94.2|急性原巨核细胞白血病|Acute megakaryoblastic leukaemia
C94.3|肥大细胞白血病|Mast cell leukaemia
C94.4|急性全髓增殖症伴骨髓纤维化|Acute panmyelosis with myelofibrosis
C94.6|骨髓增生异常和骨髓增殖性疾病，不可归类在他处者|Myelodysplastic and myeloproliferative disease, not elsewhere classified
C94.7|其他特指的白血病|Other specified leukaemias
C95.0|未特指细胞类型的急性白血病|Acute leukaemia of unspecified cell type
C95.1|未特指细胞类型的慢性白血病|Chronic leukaemia of unspecified cell type
C95.7|未特指细胞类型的其他白血病|Other leukaemia of unspecified cell type
C95.9|白血病，未特指|Leukaemia, unspecified
C96.0|多灶和多系统（播散性）朗格汉斯细胞组织细胞增生症|Multifocal and multisystemic (disseminated) Langerhans-cell histiocytosis [Letterer-Siwe disease]
C96.2|恶性肥大细胞瘤|Malignant mast cell tumour
C96.4|树突状细胞（辅助细胞）肉瘤|Sarcoma of dendritic cells (accessory cells)
C96.5|多灶和单系统朗格汉斯细胞组织细胞增生症|Multifocal and unisystemic Langerhans-cell histiocytosis
C96.6|单灶朗格汉斯细胞组织细胞增生症|Unifocal Langerhans-cell histiocytosis
C96.7|淋巴、造血和有关组织其他特指的恶性肿瘤|Other specified malignant neoplasms of lymphoid, haematopoietic and related tissue
C96.8|组织细胞肉瘤|Histiocytic sarcoma
C96.9|淋巴、造血和有关组织恶性肿瘤，未特指|Malignant neoplasm of lymphoid, haematopoietic and related tissue, unspecified
D00.0|唇、口腔和咽原位癌|Carcinoma in situ of lip, oral cavity and pharynx
D00.1|食管原位癌|Carcinoma in situ of oesophagus
D00.2|胃原位癌|Carcinoma in situ of stomach
D01.0|结肠原位癌|Carcinoma in situ of colon
D01.1|直肠乙状结肠连接处原位癌|Carcinoma in situ of rectosigmoid junction
D01.2|直肠原位癌|Carcinoma in situ of rectum
D01.3|肛门和肛管原位癌|Carcinoma in situ of anus and anal canal
D01.4|肠其他和未特指部位的原位癌|Carcinoma in situ of other and unspecified parts of intestine
D01.5|肝、胆囊和胆管原位癌|Carcinoma in situ of liver, gallbladder and bile ducts
D01.7|其他特指消化器官原位癌|Carcinoma in situ of other specified digestive organs
D01.9|消化器官原位癌，未特指|Carcinoma in situ of digestive organ, unspecified
D02.0|喉原位癌|Carcinoma in situ of larynx
D02.1|气管原位癌|Carcinoma in situ of trachea
D02.2|支气管和肺原位癌|Carcinoma in situ of bronchus and lung
D02.3|呼吸系统其他部位原位癌|Carcinoma in situ of other parts of respiratory system
D02.4|呼吸系统原位癌，未特指|Carcinoma in situ of respiratory system, unspecified
D03.0|唇原位黑色素瘤|Melanoma in situ of lip
D03.1|眼睑（包括眦）原位黑色素瘤|Melanoma in situ of eyelid, including canthus
D03.2|耳和外耳道原位黑色素瘤|Melanoma in situ of ear and external auricular canal
D03.3|面部其他和未特指部位的原位黑色素瘤|Melanoma in situ of other and unspecified parts of face
D03.4|头皮和颈部原位黑色素瘤|Melanoma in situ of scalp and neck
D03.5|躯干原位黑色素瘤|Melanoma in situ of trunk
D03.6|上肢（包括肩）原位黑色素瘤|Melanoma in situ of upper limb, including shoulder
D03.7|下肢（包括髋）原位黑色素瘤|Melanoma in situ of lower limb, including hip
D03.8|其他部位的原位黑色素瘤|Melanoma in situ of other sites
D03.9|原位黑色素瘤，未特指|Melanoma in situ, unspecified
D04.0|唇皮肤原位癌|Carcinoma in situ of skin of lip
D04.1|眼睑（包括眦）皮肤原位癌|Carcinoma in situ of skin of eyelid, including canthus
D04.2|耳和外耳道皮肤原位癌|Carcinoma in situ of skin of ear and external auricular canal
D04.3|面部其他和未特指部位的皮肤原位癌|Carcinoma in situ of skin of other and unspecified parts of face
D04.4|头皮和颈部皮肤原位癌|Carcinoma in situ of skin of scalp and neck
D04.5|躯干皮肤原位癌|Carcinoma in situ of skin of trunk
D04.6|上肢（包括肩）皮肤原位癌|Carcinoma in situ of skin of upper limb, including shoulder
D04.7|下肢（包括髋）皮肤原位癌|Carcinoma in situ of skin of lower limb, including hip
D04.8|其他部位的皮肤原位癌|Carcinoma in situ of skin of other sites
D04.9|皮肤原位癌，未特指|Carcinoma in situ of skin, unspecified
D05.0|小叶原位癌|Lobular carcinoma in situ
D05.1|导管内原位癌|Intraductal carcinoma in situ
D05.7|乳房其他原位癌|Other carcinoma in situ of breast
D05.9|乳房原位癌，未特指|Carcinoma in situ of breast, unspecified
D06.0|宫颈内膜原位癌|Carcinoma in situ of endocervix
D06.1|宫颈外膜原位癌|Carcinoma in situ of exocervix
D06.7|子宫颈其他部位的原位癌|Carcinoma in situ of other parts of cervix
D06.9|子宫颈原位癌，未特指|Carcinoma in situ of cervix, unspecified
D07.0|子宫内膜原位癌|Carcinoma in situ of endometrium
D07.1|外阴原位癌|Carcinoma in situ of vulva
D07.2|阴道原位癌|Carcinoma in situ of vagina
D07.3|其他和未特指女性生殖器官原位癌|Carcinoma in situ of other and unspecified female genital organs
D07.4|阴茎原位癌|Carcinoma in situ of penis
D07.5|前列腺原位癌|Carcinoma in situ of prostate
D07.6|其他和未特指男性生殖器官原位癌|Carcinoma in situ of other and unspecified male genital organs
D09.0|膀胱原位癌|Carcinoma in situ of bladder
D09.1|其他和未特指泌尿器官原位癌|Carcinoma in situ of other and unspecified urinary organs
D09.2|眼原位癌|Carcinoma in situ of eye
D09.3|甲状腺和其他内分泌腺原位癌|Carcinoma in situ of thyroid and other endocrine glands
D09.7|其他特指部位的原位癌|Carcinoma in situ of other specified sites
D09.9|原位癌，未特指|Carcinoma in situ, unspecified
D10.0|唇良性肿瘤|Benign neoplasm of lip
D10.1|舌良性肿瘤|Benign neoplasm of tongue
D10.2|口底良性肿瘤|Benign neoplasm of floor of mouth
D10.3|口其他和未特指部位的良性肿瘤|Benign neoplasm of other and unspecified parts of mouth
D10.4|扁桃体良性肿瘤|Benign neoplasm of tonsil
D10.5|口咽其他部位的良性肿瘤|Benign neoplasm of other parts of oropharynx
D10.6|鼻咽良性肿瘤|Benign neoplasm of nasopharynx
D10.7|下咽良性肿瘤|Benign neoplasm of hypopharynx
D10.9|咽良性肿瘤，未特指|Benign neoplasm of pharynx, unspecified
D11.0|腮腺良性肿瘤|Benign neoplasm of parotid gland
D11.7|其他大涎腺良性肿瘤|Benign neoplasm of other major salivary glands
D11.9|大涎腺良性肿瘤，未特指|Benign neoplasm of major salivary gland, unspecified
D12.0|盲肠良性肿瘤|Benign neoplasm of caecum
D12.1|阑尾良性肿瘤|Benign neoplasm of appendix
D12.2|升结肠良性肿瘤|Benign neoplasm of ascending colon
D12.3|横结肠良性肿瘤|Benign neoplasm of transverse colon
D12.4|降结肠良性肿瘤|Benign neoplasm of descending colon
D12.5|乙状结肠良性肿瘤|Benign neoplasm of sigmoid colon
D12.6|结肠良性肿瘤，未特指|Benign neoplasm of colon, unspecified
D12.7|直肠乙状结肠连接处良性肿瘤|Benign neoplasm of rectosigmoid junction
D12.8|直肠良性肿瘤|Benign neoplasm of rectum
D12.9|肛门和肛管良性肿瘤|Benign neoplasm of anus and anal canal
D13.0|食管良性肿瘤|Benign neoplasm of oesophagus
D13.1|胃良性肿瘤|Benign neoplasm of stomach
D13.2|十二指肠良性肿瘤|Benign neoplasm of duodenum
D13.3|小肠其他和未特指部位的良性肿瘤|Benign neoplasm of other and unspecified parts of small intestine
D13.4|肝良性肿瘤|Benign neoplasm of liver
D13.5|肝外胆管良性肿瘤|Benign neoplasm of extrahepatic bile ducts
D13.6|胰良性肿瘤|Benign neoplasm of pancreas
D13.7|内分泌胰良性肿瘤|Benign neoplasm of endocrine pancreas
D13.9|消化系统内不明确部位的良性肿瘤|Benign neoplasm of ill-defined sites within the digestive system
D14.0|中耳、鼻腔和鼻窦良性肿瘤|Benign neoplasm of middle ear, nasal cavity and accessory sinuses
D14.1|喉良性肿瘤|Benign neoplasm of larynx
D14.2|气管良性肿瘤|Benign neoplasm of trachea
D14.3|支气管和肺良性肿瘤|Benign neoplasm of bronchus and lung
D14.4|呼吸系统良性肿瘤，未特指|Benign neoplasm of respiratory system, unspecified
D15.0|胸腺良性肿瘤|Benign neoplasm of thymus
D15.1|心脏良性肿瘤|Benign neoplasm of heart
D15.2|纵隔良性肿瘤|Benign neoplasm of mediastinum
D15.7|其他特指的胸腔内器官良性肿瘤|Benign neoplasm of other specified intrathoracic organs
D15.9|胸腔内器官良性肿瘤，未特指|Benign neoplasm of intrathoracic organ, unspecified
D16.0|肩胛骨和上肢长骨良性肿瘤|Benign neoplasm of scapula and long bones of upper limb
D16.1|上肢短骨良性肿瘤|Benign neoplasm of short bones of upper limb
D16.2|下肢长骨良性肿瘤|Benign neoplasm of long bones of lower limb
D16.3|下肢短骨良性肿瘤|Benign neoplasm of short bones of lower limb
D16.4|颅骨和面骨良性肿瘤|Benign neoplasm of bones of skull and face
D16.5|下颌骨良性肿瘤|Benign neoplasm of lower jaw bone
D16.6|脊柱良性肿瘤|Benign neoplasm of vertebral column
D16.7|肋骨、胸骨和锁骨良性肿瘤|Benign neoplasm of ribs, sternum and clavicle
D16.8|骨盆骨、骶骨和尾骨良性肿瘤|Benign neoplasm of pelvic bones, sacrum and coccyx
D16.9|骨和关节软骨良性肿瘤，未特指|Benign neoplasm of bone and articular cartilage, unspecified
D18.0|任何部位的血管瘤|Haemangioma, any site
D18.1|任何部位的淋巴管瘤|Lymphangioma, any site
D19.0|胸膜间皮组织良性肿瘤|Benign neoplasm of mesothelial tissue of pleura
D19.1|腹膜间皮组织良性肿瘤|Benign neoplasm of mesothelial tissue of peritoneum
D19.7|其他部位间皮组织良性肿瘤|Benign neoplasm of mesothelial tissue of other sites
D19.9|间皮组织良性肿瘤，未特指|Benign neoplasm of mesothelial tissue, unspecified
D20.0|腹膜后良性肿瘤|Benign neoplasm of retroperitoneum
D20.1|腹膜良性肿瘤|Benign neoplasm of peritoneum
D25.0|子宫黏膜下平滑肌瘤|Submucous leiomyoma of uterus
D25.1|子宫壁内平滑肌瘤|Intramural leiomyoma of uterus
D25.2|子宫浆膜下平滑肌瘤|Subserosal leiomyoma of uterus
D25.9|子宫平滑肌瘤，未特指|Leiomyoma of uterus, unspecified
D26.0|子宫颈良性肿瘤|Benign neoplasm of cervix uteri
D26.1|子宫体良性肿瘤|Benign neoplasm of corpus uteri
D26.7|子宫其他部位的良性肿瘤|Benign neoplasm of other parts of uterus
D26.9|子宫良性肿瘤，未特指|Benign neoplasm of uterus, unspecified
D29.0|阴茎良性肿瘤|Benign neoplasm of penis
D29.1|前列腺良性肿瘤|Benign neoplasm of prostate
D29.2|睾丸良性肿瘤|Benign neoplasm of testis
D29.3|附睾良性肿瘤|Benign neoplasm of epididymis
D29.4|阴囊良性肿瘤|Benign neoplasm of scrotum
D29.7|其他男性生殖器官良性肿瘤|Benign neoplasm of other male genital organs
D29.9|男性生殖器官良性肿瘤，未特指|Benign neoplasm of male genital organ, unspecified
D30.0|肾良性肿瘤|Benign neoplasm of kidney
D30.1|肾盂良性肿瘤|Benign neoplasm of renal pelvis
D30.2|输尿管良性肿瘤|Benign neoplasm of ureter
D30.3|膀胱良性肿瘤|Benign neoplasm of bladder
D30.4|尿道良性肿瘤|Benign neoplasm of urethra
D30.7|其他泌尿器官良性肿瘤|Benign neoplasm of other urinary organs
D30.9|泌尿器官良性肿瘤，未特指|Benign neoplasm of urinary organ, unspecified
D32.0|脑膜良性肿瘤|Benign neoplasm of cerebral meninges
D32.1|脊膜良性肿瘤|Benign neoplasm of spinal meninges
D32.9|脑脊膜良性肿瘤，未特指|Benign neoplasm of meninges, unspecified
D33.0|幕上脑良性肿瘤|Benign neoplasm of brain, supratentorial
D33.1|幕下脑良性肿瘤|Benign neoplasm of brain, infratentorial
D33.2|脑良性肿瘤，未特指|Benign neoplasm of brain, unspecified
D33.3|脑神经良性肿瘤|Benign neoplasm of cranial nerves
D33.4|脊髓良性肿瘤|Benign neoplasm of spinal cord
D33.7|中枢神经系统其他特指部位的良性肿瘤|Benign neoplasm of other specified parts of central nervous system
D33.9|中枢神经系统良性肿瘤，未特指|Benign neoplasm of central nervous system, unspecified
D35.0|肾上腺良性肿瘤|Benign neoplasm of adrenal gland
D35.1|甲状旁腺良性肿瘤|Benign neoplasm of parathyroid gland
D35.2|垂体良性肿瘤|Benign neoplasm of pituitary gland
D35.3|颅咽管良性肿瘤|Benign neoplasm of craniopharyngeal duct
D35.4|松果体良性肿瘤|Benign neoplasm of pineal gland
D35.5|颈动脉体良性肿瘤|Benign neoplasm of carotid body
D35.6|主动脉体和其他副神经节良性肿瘤|Benign neoplasm of aortic body and other paraganglia
D35.7|其他特指的内分泌腺良性肿瘤|Benign neoplasm of other specified endocrine glands
D35.8|多腺体受累的良性肿瘤|Benign neoplasm with pluriglandular involvement
D35.9|内分泌腺良性肿瘤，未特指|Benign neoplasm of endocrine gland, unspecified
D36.0|淋巴结良性肿瘤|Benign neoplasm of lymph nodes
D36.1|周围神经和自主神经系统良性肿瘤|Benign neoplasm of peripheral nerves and autonomic nervous system
D36.7|其他特指部位的良性肿瘤|Benign neoplasm of other specified sites
D36.9|良性肿瘤，部位未特指|Benign neoplasm of unspecified site
D37.0|唇、口腔和咽动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of lip, oral cavity and pharynx
D37.1|胃动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of stomach
D37.2|小肠动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of small intestine
D37.3|阑尾动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of appendix
D37.4|结肠动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of colon
D37.5|直肠动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of rectum
D37.6|肝、胆囊和胆管动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of liver, gallbladder and bile ducts
D37.7|其他消化器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other digestive organs
D37.9|消化器官动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of digestive organ, unspecified
D38.0|喉动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of larynx
D38.1|气管、支气管和肺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of trachea, bronchus and lung
D38.2|胸膜动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of pleura
D38.3|纵隔动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of mediastinum
D38.4|胸腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of thymus
D38.5|其他呼吸器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other respiratory organs
D38.6|呼吸器官动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of respiratory organ, unspecified
D39.0|子宫动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of uterus
D39.1|卵巢动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of ovary
D39.2|胎盘动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of placenta
D39.7|其他女性生殖器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other female genital organs
D39.9|女性生殖器官动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of female genital organ, unspecified
D40.0|前列腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of prostate
D40.1|睾丸动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of testis
D40.7|其他男性生殖器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other male genital organs
D40.9|男性生殖器官动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of male genital organ, unspecified
D41.0|肾动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of kidney
D41.1|肾盂动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of renal pelvis
D41.2|输尿管动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of ureter
D41.3|尿道动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of urethra
D41.4|膀胱动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of bladder
D41.7|其他泌尿器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other urinary organs
D41.9|泌尿器官动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of urinary organ, unspecified
D42.0|脑膜动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of cerebral meninges
D42.1|脊膜动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of spinal meninges
D42.9|脑脊膜动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of meninges, unspecified
D43.0|幕上脑动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of brain, supratentorial
D43.1|幕下脑动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of brain, infratentorial
D43.2|脑动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of brain, unspecified
D43.3|脑神经动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of cranial nerves
D43.4|脊髓动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of spinal cord
D43.7|中枢神经系统其他部位动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other parts of central nervous system
D43.9|中枢神经系统动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of central nervous system, unspecified
D44.0|甲状腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of thyroid gland
D44.1|肾上腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of adrenal gland
D44.2|甲状旁腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of parathyroid gland
D44.3|垂体动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of pituitary gland
D44.4|颅咽管动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of craniopharyngeal duct
D44.5|松果体动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of pineal gland
D44.6|颈动脉体动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of carotid body
D44.7|主动脉体和其他副神经节动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of aortic body and other paraganglia
D44.8|多腺体受累的动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour with pluriglandular involvement
D44.9|内分泌腺动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of endocrine gland, unspecified
D46.0|难治性贫血不伴有环形铁粒幼细胞，已说明|Refractory anaemia without ring sideroblasts, so stated
D46.1|难治性贫血伴有环形铁粒幼细胞|Refractory anaemia with ring sideroblasts
D46.2|难治性贫血伴有原始细胞过多|Refractory anaemia with excess of blasts
D46.4|难治性贫血，未特指|Refractory anaemia, unspecified
D46.5|难治性贫血伴多系发育异常|Refractory anaemia with multi-lineage dysplasia
D46.6|骨髓增生异常综合征伴孤立性del(5q)染色体异常|Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality
D46.7|其他骨髓增生异常综合征|Other myelodysplastic syndromes
D46.9|骨髓增生异常综合征，未特指|Myelodysplastic syndrome, unspecified
D47.0|组织细胞和肥大细胞动态未定或动态未知的肿瘤|Histiocytic and mast cell tumours of uncertain and unknown behaviour
D47.1|慢性骨髓增殖性疾病|Chronic myeloproliferative disease
D47.2|单克隆丙种球蛋白病|Monoclonal gammopathy
D47.3|原发性（出血性）血小板增多症|Essential (haemorrhagic) thrombocythaemia
D47.4|骨髓纤维化|Osteomyelofibrosis
D47.5|慢性嗜酸细胞白血病[嗜酸细胞增多综合征]|Chronic eosinophilic leukaemia [hypereosinophilic syndrome]
D47.7|淋巴、造血和有关组织其他特指的动态未定或动态未知的肿瘤|Other specified neoplasms of uncertain or unknown behaviour of lymphoid, haematopoietic and related tissue
D47.9|淋巴、造血和有关组织动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour of lymphoid, haematopoietic and related tissue, unspecified
D48.0|骨和关节软骨动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of bone and articular cartilage
D48.1|结缔组织和其他软组织动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of connective and other soft tissue
D48.2|周围神经和自主神经系统动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of peripheral nerves and autonomic nervous system
D48.3|腹膜后动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of retroperitoneum
D48.4|腹膜动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of peritoneum
D48.5|皮肤动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of skin
D48.6|乳房动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of breast
D48.7|其他特指部位动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other specified sites
D48.9|动态未定或动态未知的肿瘤，未特指|Neoplasm of uncertain or unknown behaviour, unspecified
`;
