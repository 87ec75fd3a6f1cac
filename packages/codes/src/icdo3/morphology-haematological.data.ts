// ICD-O-3 morphology terms 9590–9989: lymphomas, plasma-cell, mast-cell and histiocytic neoplasms,
// leukaemias, myeloproliferative and myelodysplastic disorders (WHO 2000; 9596 was added by ICD-O-3.1
// and is kept because the IARC histological groups use it). Same format as the other tables.
export const MORPHOLOGY_HAEMATOLOGICAL_ROWS = `
9590/3|恶性淋巴瘤，未特指|Malignant lymphoma, NOS
9591/3|恶性淋巴瘤，非霍奇金，未特指|Malignant lymphoma, non-Hodgkin, NOS
9596/3|复合性霍奇金和非霍奇金淋巴瘤（ICD-O-3.1）|Composite Hodgkin and non-Hodgkin lymphoma (ICD-O-3.1)
9650/3|霍奇金淋巴瘤，未特指|Hodgkin lymphoma, NOS
9651/3|富于淋巴细胞型经典霍奇金淋巴瘤|Hodgkin lymphoma, lymphocyte-rich
9652/3|混合细胞型霍奇金淋巴瘤，未特指|Hodgkin lymphoma, mixed cellularity, NOS
9653/3|淋巴细胞消减型霍奇金淋巴瘤，未特指|Hodgkin lymphoma, lymphocyte depletion, NOS
9654/3|淋巴细胞消减型霍奇金淋巴瘤，弥漫纤维化|Hodgkin lymphoma, lymphocyte depletion, diffuse fibrosis
9655/3|淋巴细胞消减型霍奇金淋巴瘤，网状型|Hodgkin lymphoma, lymphocyte depletion, reticular
9659/3|结节性淋巴细胞为主型霍奇金淋巴瘤|Hodgkin lymphoma, nodular lymphocyte predominance
9661/3|霍奇金肉芽肿|Hodgkin granuloma
9662/3|霍奇金肉瘤|Hodgkin sarcoma
9663/3|结节硬化型霍奇金淋巴瘤，未特指|Hodgkin lymphoma, nodular sclerosis, NOS
9664/3|结节硬化型霍奇金淋巴瘤，细胞期|Hodgkin lymphoma, nodular sclerosis, cellular phase
9665/3|结节硬化型霍奇金淋巴瘤，1级|Hodgkin lymphoma, nodular sclerosis, grade 1
9667/3|结节硬化型霍奇金淋巴瘤，2级|Hodgkin lymphoma, nodular sclerosis, grade 2
9670/3|小B淋巴细胞性恶性淋巴瘤，未特指|Malignant lymphoma, small B lymphocytic, NOS
9671/3|淋巴浆细胞性恶性淋巴瘤|Malignant lymphoma, lymphoplasmacytic
9673/3|套细胞淋巴瘤|Mantle cell lymphoma
9675/3|混合性小细胞和大细胞弥漫性恶性淋巴瘤|Malignant lymphoma, mixed small and large cell, diffuse
9678/3|原发性渗出性淋巴瘤|Primary effusion lymphoma
9679/3|纵隔大B细胞淋巴瘤|Mediastinal large B-cell lymphoma
9680/3|弥漫性大B细胞淋巴瘤，未特指|Malignant lymphoma, large B-cell, diffuse, NOS
9684/3|免疫母细胞性弥漫性大B细胞淋巴瘤|Malignant lymphoma, large B-cell, diffuse, immunoblastic, NOS
9687/3|伯基特淋巴瘤，未特指|Burkitt lymphoma, NOS
9689/3|脾边缘区B细胞淋巴瘤|Splenic marginal zone B-cell lymphoma
9690/3|滤泡性淋巴瘤，未特指|Follicular lymphoma, NOS
9691/3|滤泡性淋巴瘤，2级|Follicular lymphoma, grade 2
9695/3|滤泡性淋巴瘤，1级|Follicular lymphoma, grade 1
9698/3|滤泡性淋巴瘤，3级|Follicular lymphoma, grade 3
9699/3|边缘区B细胞淋巴瘤，未特指|Marginal zone B-cell lymphoma, NOS
9700/3|蕈样霉菌病|Mycosis fungoides
9701/3|塞扎里综合征|Sezary syndrome
9702/3|成熟T细胞淋巴瘤，未特指|Mature T-cell lymphoma, NOS
9705/3|血管免疫母细胞性T细胞淋巴瘤|Angioimmunoblastic T-cell lymphoma
9708/3|皮下脂膜炎样T细胞淋巴瘤|Subcutaneous panniculitis-like T-cell lymphoma
9709/3|皮肤T细胞淋巴瘤，未特指|Cutaneous T-cell lymphoma, NOS
9714/3|间变性大细胞淋巴瘤，T细胞和裸细胞型|Anaplastic large cell lymphoma, T cell and Null cell type
9716/3|肝脾γδ细胞淋巴瘤|Hepatosplenic gamma-delta cell lymphoma
9717/3|肠T细胞淋巴瘤|Intestinal T-cell lymphoma
9718/3|原发性皮肤CD30阳性T细胞淋巴增殖性疾病|Primary cutaneous CD30+ T-cell lymphoproliferative disorder
9719/3|NK/T细胞淋巴瘤，鼻和鼻型|NK/T-cell lymphoma, nasal and nasal-type
9727/3|前体细胞淋巴母细胞淋巴瘤，未特指|Precursor cell lymphoblastic lymphoma, NOS
9728/3|前体B细胞淋巴母细胞淋巴瘤|Precursor B-cell lymphoblastic lymphoma
9729/3|前体T细胞淋巴母细胞淋巴瘤|Precursor T-cell lymphoblastic lymphoma
9731/3|浆细胞瘤，未特指|Plasmacytoma, NOS
9732/3|多发性骨髓瘤|Multiple myeloma
9733/3|浆细胞白血病|Plasma cell leukemia
9734/3|髓外浆细胞瘤|Plasmacytoma, extramedullary
9740/1|肥大细胞瘤，未特指|Mastocytoma, NOS
9740/3|肥大细胞肉瘤|Mast cell sarcoma
9741/3|恶性肥大细胞增生症|Malignant mastocytosis
9742/3|肥大细胞白血病|Mast cell leukemia
9750/3|恶性组织细胞增生症|Malignant histiocytosis
9751/1|朗格汉斯细胞组织细胞增生症，未特指|Langerhans cell histiocytosis, NOS
9752/1|朗格汉斯细胞组织细胞增生症，单灶性|Langerhans cell histiocytosis, unifocal
9753/1|朗格汉斯细胞组织细胞增生症，多灶性|Langerhans cell histiocytosis, multifocal
9754/3|朗格汉斯细胞组织细胞增生症，播散性|Langerhans cell histiocytosis, disseminated
9755/3|组织细胞肉瘤|Histiocytic sarcoma
9756/3|朗格汉斯细胞肉瘤|Langerhans cell sarcoma
9757/3|指突状树突细胞肉瘤|Interdigitating dendritic cell sarcoma
9758/3|滤泡树突细胞肉瘤|Follicular dendritic cell sarcoma
9760/3|免疫增生性疾病，未特指|Immunoproliferative disease, NOS
9761/3|瓦尔登斯特伦巨球蛋白血症|Waldenstrom macroglobulinemia
9762/3|重链病，未特指|Heavy chain disease, NOS
9764/3|免疫增生性小肠病|Immunoproliferative small intestinal disease
9765/1|意义未明的单克隆丙种球蛋白病|Monoclonal gammopathy of undetermined significance
9766/1|血管中心性免疫增生性病变|Angiocentric immunoproliferative lesion
9767/1|血管免疫母细胞性淋巴结病|Angioimmunoblastic lymphadenopathy
9768/1|T-γ淋巴增殖性疾病|T-gamma lymphoproliferative disease
9769/1|免疫球蛋白沉积病|Immunoglobulin deposition disease
9800/3|白血病，未特指|Leukemia, NOS
9801/3|急性白血病，未特指|Acute leukemia, NOS
9805/3|急性双表型白血病|Acute biphenotypic leukemia
9820/3|淋巴样白血病，未特指|Lymphoid leukemia, NOS
9823/3|B细胞慢性淋巴细胞白血病/小淋巴细胞淋巴瘤|B-cell chronic lymphocytic leukemia/small lymphocytic lymphoma
9826/3|伯基特细胞白血病|Burkitt cell leukemia
9827/3|成人T细胞白血病/淋巴瘤（HTLV-1阳性）|Adult T-cell leukemia/lymphoma (HTLV-1 positive)
9831/1|T细胞大颗粒淋巴细胞白血病|T-cell large granular lymphocytic leukemia
9832/3|幼淋巴细胞白血病，未特指|Prolymphocytic leukemia, NOS
9833/3|B细胞幼淋巴细胞白血病|Prolymphocytic leukemia, B-cell type
9834/3|T细胞幼淋巴细胞白血病|Prolymphocytic leukemia, T-cell type
9835/3|前体细胞淋巴母细胞白血病，未特指|Precursor cell lymphoblastic leukemia, NOS
9836/3|前体B细胞淋巴母细胞白血病|Precursor B-cell lymphoblastic leukemia
9837/3|前体T细胞淋巴母细胞白血病|Precursor T-cell lymphoblastic leukemia
9840/3|急性髓样白血病，M6型|Acute myeloid leukemia, M6 type
9860/3|髓样白血病，未特指|Myeloid leukemia, NOS
9861/3|急性髓样白血病，未特指|Acute myeloid leukemia, NOS
9863/3|慢性髓样白血病，未特指|Chronic myeloid leukemia, NOS
9866/3|急性早幼粒细胞白血病，t(15;17)(q22;q11-12)|Acute promyelocytic leukaemia, t(15;17)(q22;q11-12)
9867/3|急性粒-单核细胞白血病|Acute myelomonocytic leukemia
9870/3|急性嗜碱性粒细胞白血病|Acute basophilic leukemia
9871/3|急性髓样白血病伴异常骨髓嗜酸性粒细胞|Acute myeloid leukemia with abnormal marrow eosinophils
9872/3|急性髓样白血病，微分化型|Acute myeloid leukemia, minimal differentiation
9873/3|急性髓样白血病，未成熟型|Acute myeloid leukemia without maturation
9874/3|急性髓样白血病，成熟型|Acute myeloid leukemia with maturation
9875/3|慢性髓样白血病，BCR/ABL阳性|Chronic myelogenous leukemia, BCR/ABL positive
9876/3|不典型慢性髓样白血病，BCR/ABL阴性|Atypical chronic myeloid leukemia, BCR/ABL negative
9891/3|急性单核细胞白血病|Acute monocytic leukemia
9895/3|急性髓样白血病伴多系发育异常|Acute myeloid leukemia with multilineage dysplasia
9896/3|急性髓样白血病，t(8;21)(q22;q22)|Acute myeloid leukemia, t(8;21)(q22;q22)
9897/3|急性髓样白血病，11q23异常|Acute myeloid leukemia, 11q23 abnormalities
9910/3|急性原巨核细胞白血病|Acute megakaryoblastic leukemia
9920/3|治疗相关急性髓样白血病，未特指|Therapy-related acute myeloid leukemia, NOS
9930/3|髓样肉瘤|Myeloid sarcoma
9931/3|急性全髓增殖症伴骨髓纤维化|Acute panmyelosis with myelofibrosis
9940/3|毛细胞白血病|Hairy cell leukemia
9945/3|慢性粒-单核细胞白血病，未特指|Chronic myelomonocytic leukemia, NOS
9946/3|幼年型粒-单核细胞白血病|Juvenile myelomonocytic leukemia
9948/3|侵袭性NK细胞白血病|Aggressive NK-cell leukemia
9950/3|真性红细胞增多症|Polycythemia vera
9960/3|慢性骨髓增殖性疾病，未特指|Chronic myeloproliferative disease, NOS
9961/3|骨髓硬化症伴髓样化生|Myelosclerosis with myeloid metaplasia
9962/3|原发性血小板增多症|Essential thrombocythemia
9963/3|慢性中性粒细胞白血病|Chronic neutrophilic leukemia
9964/3|高嗜酸性粒细胞综合征|Hypereosinophilic syndrome
9970/1|淋巴增殖性疾病，未特指|Lymphoproliferative disorder, NOS
9975/1|骨髓增殖性疾病，未特指|Myeloproliferative disease, NOS
9980/3|难治性贫血|Refractory anemia
9982/3|难治性贫血伴环形铁粒幼细胞|Refractory anemia with sideroblasts
9983/3|难治性贫血伴原始细胞过多|Refractory anemia with excess blasts
9984/3|转化中的难治性贫血伴原始细胞过多|Refractory anemia with excess blasts in transformation
9985/3|难治性血细胞减少伴多系发育异常|Refractory cytopenia with multilineage dysplasia
9986/3|骨髓增生异常综合征伴5q缺失综合征|Myelodysplastic syndrome with 5q deletion (5q-) syndrome
9987/3|治疗相关骨髓增生异常综合征，未特指|Therapy-related myelodysplastic syndrome, NOS
9989/3|骨髓增生异常综合征，未特指|Myelodysplastic syndrome, NOS
`;
