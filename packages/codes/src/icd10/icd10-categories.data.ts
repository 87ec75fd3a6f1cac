// ICD-10 (WHO 2016 edition) chapter II, Neoplasms C00–D48: every three-character category.
// Format `code|Chinese|English`; Chinese titles as in the ICD-10 Chinese edition (疾病和有关健康问题的
// 国际统计分类, 北京协和医院世界卫生组织疾病分类合作中心) — wording variants are noted in the report.
export const ICD10_CATEGORY_ROWS = `
C00|唇恶性肿瘤|Malignant neoplasm of lip
C01|舌根恶性肿瘤|Malignant neoplasm of base of tongue
C02|舌其他和未特指部位的恶性肿瘤|Malignant neoplasm of other and unspecified parts of tongue
C03|牙龈恶性肿瘤|Malignant neoplasm of gum
C04|口底恶性肿瘤|Malignant neoplasm of floor of mouth
C05|腭恶性肿瘤|Malignant neoplasm of palate
C06|口其他和未特指部位的恶性肿瘤|Malignant neoplasm of other and unspecified parts of mouth
C07|腮腺恶性肿瘤|Malignant neoplasm of parotid gland
C08|其他和未特指的大涎腺恶性肿瘤|Malignant neoplasm of other and unspecified major salivary glands
C09|扁桃体恶性肿瘤|Malignant neoplasm of tonsil
C10|口咽恶性肿瘤|Malignant neoplasm of oropharynx
C11|鼻咽恶性肿瘤|Malignant neoplasm of nasopharynx
C12|梨状窦恶性肿瘤|Malignant neoplasm of piriform sinus
C13|下咽恶性肿瘤|Malignant neoplasm of hypopharynx
C14|唇、口腔和咽其他和不明确部位的恶性肿瘤|Malignant neoplasm of other and ill-defined sites in the lip, oral cavity and pharynx
C15|食管恶性肿瘤|Malignant neoplasm of oesophagus
C16|胃恶性肿瘤|Malignant neoplasm of stomach
C17|小肠恶性肿瘤|Malignant neoplasm of small intestine
C18|结肠恶性肿瘤|Malignant neoplasm of colon
C19|直肠乙状结肠连接处恶性肿瘤|Malignant neoplasm of rectosigmoid junction
C20|直肠恶性肿瘤|Malignant neoplasm of rectum
C21|肛门和肛管恶性肿瘤|Malignant neoplasm of anus and anal canal
C22|肝和肝内胆管恶性肿瘤|Malignant neoplasm of liver and intrahepatic bile ducts
C23|胆囊恶性肿瘤|Malignant neoplasm of gallbladder
C24|胆道其他和未特指部位的恶性肿瘤|Malignant neoplasm of other and unspecified parts of biliary tract
C25|胰恶性肿瘤|Malignant neoplasm of pancreas
C26|消化器官其他和不明确部位的恶性肿瘤|Malignant neoplasm of other and ill-defined digestive organs
C30|鼻腔和中耳恶性肿瘤|Malignant neoplasm of nasal cavity and middle ear
C31|鼻窦恶性肿瘤|Malignant neoplasm of accessory sinuses
C32|喉恶性肿瘤|Malignant neoplasm of larynx
C33|气管恶性肿瘤|Malignant neoplasm of trachea
C34|支气管和肺恶性肿瘤|Malignant neoplasm of bronchus and lung
C37|胸腺恶性肿瘤|Malignant neoplasm of thymus
C38|心脏、纵隔和胸膜恶性肿瘤|Malignant neoplasm of heart, mediastinum and pleura
C39|呼吸系统和胸腔内器官其他和不明确部位的恶性肿瘤|Malignant neoplasm of other and ill-defined sites in the respiratory system and intrathoracic organs
C40|四肢骨和关节软骨恶性肿瘤|Malignant neoplasm of bone and articular cartilage of limbs
C41|其他和未特指部位的骨和关节软骨恶性肿瘤|Malignant neoplasm of bone and articular cartilage of other and unspecified sites
C43|皮肤恶性黑色素瘤|Malignant melanoma of skin
C44|皮肤其他恶性肿瘤|Other malignant neoplasms of skin
C45|间皮瘤|Mesothelioma
C46|卡波西肉瘤|Kaposi sarcoma
C47|周围神经和自主神经系统恶性肿瘤|Malignant neoplasm of peripheral nerves and autonomic nervous system
C48|腹膜后和腹膜恶性肿瘤|Malignant neoplasm of retroperitoneum and peritoneum
C49|其他结缔组织和软组织恶性肿瘤|Malignant neoplasm of other connective and soft tissue
C50|乳房恶性肿瘤|Malignant neoplasm of breast
C51|外阴恶性肿瘤|Malignant neoplasm of vulva
C52|阴道恶性肿瘤|Malignant neoplasm of vagina
C53|子宫颈恶性肿瘤|Malignant neoplasm of cervix uteri
C54|子宫体恶性肿瘤|Malignant neoplasm of corpus uteri
C55|子宫恶性肿瘤，部位未特指|Malignant neoplasm of uterus, part unspecified
C56|卵巢恶性肿瘤|Malignant neoplasm of ovary
C57|其他和未特指的女性生殖器官恶性肿瘤|Malignant neoplasm of other and unspecified female genital organs
C58|胎盘恶性肿瘤|Malignant neoplasm of placenta
C60|阴茎恶性肿瘤|Malignant neoplasm of penis
C61|前列腺恶性肿瘤|Malignant neoplasm of prostate
C62|睾丸恶性肿瘤|Malignant neoplasm of testis
C63|其他和未特指的男性生殖器官恶性肿瘤|Malignant neoplasm of other and unspecified male genital organs
C64|肾恶性肿瘤，除外肾盂|Malignant neoplasm of kidney, except renal pelvis
C65|肾盂恶性肿瘤|Malignant neoplasm of renal pelvis
C66|输尿管恶性肿瘤|Malignant neoplasm of ureter
C67|膀胱恶性肿瘤|Malignant neoplasm of bladder
C68|其他和未特指的泌尿器官恶性肿瘤|Malignant neoplasm of other and unspecified urinary organs
C69|眼和附器恶性肿瘤|Malignant neoplasm of eye and adnexa
C70|脑脊膜恶性肿瘤|Malignant neoplasm of meninges
C71|脑恶性肿瘤|Malignant neoplasm of brain
C72|脊髓、脑神经和中枢神经系统其他部位的恶性肿瘤|Malignant neoplasm of spinal cord, cranial nerves and other parts of central nervous system
C73|甲状腺恶性肿瘤|Malignant neoplasm of thyroid gland
C74|肾上腺恶性肿瘤|Malignant neoplasm of adrenal gland
C75|其他内分泌腺和有关结构的恶性肿瘤|Malignant neoplasm of other endocrine glands and related structures
C76|其他和不明确部位的恶性肿瘤|Malignant neoplasm of other and ill-defined sites
C77|淋巴结继发性和未特指的恶性肿瘤|Secondary and unspecified malignant neoplasm of lymph nodes
C78|呼吸和消化器官继发性恶性肿瘤|Secondary malignant neoplasm of respiratory and digestive organs
C79|其他和未特指部位的继发性恶性肿瘤|Secondary malignant neoplasm of other and unspecified sites
C80|恶性肿瘤，部位未特指|Malignant neoplasm, without specification of site
C81|霍奇金淋巴瘤|Hodgkin lymphoma
C82|滤泡性淋巴瘤|Follicular lymphoma
C83|非滤泡性淋巴瘤|Non-follicular lymphoma
C84|成熟T/NK细胞淋巴瘤|Mature T/NK-cell lymphomas
C85|非霍奇金淋巴瘤的其他和未特指类型|Other and unspecified types of non-Hodgkin lymphoma
C86|T/NK细胞淋巴瘤的其他特指类型|Other specified types of T/NK-cell lymphoma
C88|恶性免疫增生性疾病|Malignant immunoproliferative diseases
C90|多发性骨髓瘤和恶性浆细胞肿瘤|Multiple myeloma and malignant plasma cell neoplasms
C91|淋巴样白血病|Lymphoid leukaemia
C92|髓样白血病|Myeloid leukaemia
C93|单核细胞白血病|Monocytic leukaemia
C94|其他特指细胞类型的白血病|Other leukaemias of specified cell type
C95|未特指细胞类型的白血病|Leukaemia of unspecified cell type
C96|淋巴、造血和有关组织其他和未特指的恶性肿瘤|Other and unspecified malignant neoplasms of lymphoid, haematopoietic and related tissue
C97|独立（原发）多个部位的恶性肿瘤|Malignant neoplasms of independent (primary) multiple sites
D00|口腔、食管和胃原位癌|Carcinoma in situ of oral cavity, oesophagus and stomach
D01|其他和未特指消化器官原位癌|Carcinoma in situ of other and unspecified digestive organs
D02|中耳和呼吸系统原位癌|Carcinoma in situ of middle ear and respiratory system
D03|原位黑色素瘤|Melanoma in situ
D04|皮肤原位癌|Carcinoma in situ of skin
D05|乳房原位癌|Carcinoma in situ of breast
D06|子宫颈原位癌|Carcinoma in situ of cervix uteri
D07|其他和未特指生殖器官原位癌|Carcinoma in situ of other and unspecified genital organs
D09|其他和未特指部位的原位癌|Carcinoma in situ of other and unspecified sites
D10|口和咽良性肿瘤|Benign neoplasm of mouth and pharynx
D11|大涎腺良性肿瘤|Benign neoplasm of major salivary glands
D12|结肠、直肠、肛门和肛管良性肿瘤|Benign neoplasm of colon, rectum, anus and anal canal
D13|消化系统其他和不明确部位的良性肿瘤|Benign neoplasm of other and ill-defined parts of digestive system
D14|中耳和呼吸系统良性肿瘤|Benign neoplasm of middle ear and respiratory system
D15|其他和未特指的胸腔内器官良性肿瘤|Benign neoplasm of other and unspecified intrathoracic organs
D16|骨和关节软骨良性肿瘤|Benign neoplasm of bone and articular cartilage
D17|良性脂肪瘤样肿瘤|Benign lipomatous neoplasm
D18|任何部位的血管瘤和淋巴管瘤|Haemangioma and lymphangioma, any site
D19|间皮组织良性肿瘤|Benign neoplasm of mesothelial tissue
D20|腹膜后和腹膜软组织良性肿瘤|Benign neoplasm of soft tissue of retroperitoneum and peritoneum
D21|其他结缔组织和软组织良性肿瘤|Other benign neoplasms of connective and other soft tissue
D22|黑色素细胞痣|Melanocytic naevi
D23|皮肤其他良性肿瘤|Other benign neoplasms of skin
D24|乳房良性肿瘤|Benign neoplasm of breast
D25|子宫平滑肌瘤|Leiomyoma of uterus
D26|子宫其他良性肿瘤|Other benign neoplasms of uterus
D27|卵巢良性肿瘤|Benign neoplasm of ovary
D28|其他和未特指的女性生殖器官良性肿瘤|Benign neoplasm of other and unspecified female genital organs
D29|男性生殖器官良性肿瘤|Benign neoplasm of male genital organs
D30|泌尿器官良性肿瘤|Benign neoplasm of urinary organs
D31|眼和附器良性肿瘤|Benign neoplasm of eye and adnexa
D32|脑脊膜良性肿瘤|Benign neoplasm of meninges
D33|脑和中枢神经系统其他部位的良性肿瘤|Benign neoplasm of brain and other parts of central nervous system
D34|甲状腺良性肿瘤|Benign neoplasm of thyroid gland
D35|其他和未特指的内分泌腺良性肿瘤|Benign neoplasm of other and unspecified endocrine glands
D36|其他和未特指部位的良性肿瘤|Benign neoplasm of other and unspecified sites
D37|口腔和消化器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of oral cavity and digestive organs
D38|中耳、呼吸和胸腔内器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of middle ear and respiratory and intrathoracic organs
D39|女性生殖器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of female genital organs
D40|男性生殖器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of male genital organs
D41|泌尿器官动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of urinary organs
D42|脑脊膜动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of meninges
D43|脑和中枢神经系统动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of brain and central nervous system
D44|内分泌腺动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of endocrine glands
D45|真性红细胞增多症|Polycythaemia vera
D46|骨髓增生异常综合征|Myelodysplastic syndromes
D47|淋巴、造血和有关组织动态未定或动态未知的其他肿瘤|Other neoplasms of uncertain or unknown behaviour of lymphoid, haematopoietic and related tissue
D48|其他和未特指部位动态未定或动态未知的肿瘤|Neoplasm of uncertain or unknown behaviour of other and unspecified sites
`;
