// ICD-O-3 topography (WHO 2000; unchanged in ICD-O-3.1/3.2): every code C00.0–C80.9 under its
// three-character heading. Format: `code|Chinese|English`, headings as `Cnn|…`. English follows the
// WHO list (US spelling "esophagus" is WHO's); Chinese follows the ICD-O-3 Chinese edition and ICD-10
// Chinese anatomical terms (see the package report for the few wordings that were not verifiable).
export const TOPOGRAPHY_ROWS = `
C00|唇|Lip
C00.0|外上唇|External upper lip
C00.1|外下唇|External lower lip
C00.2|外唇，未特指|External lip, NOS
C00.3|上唇黏膜|Mucosa of upper lip
C00.4|下唇黏膜|Mucosa of lower lip
C00.5|唇黏膜，未特指|Mucosa of lip, NOS
C00.6|唇连合|Commissure of lip
C00.8|唇交搭跨越的损害|Overlapping lesion of lip
C00.9|唇，未特指|Lip, NOS
C01|舌根|Base of tongue
C01.9|舌根，未特指|Base of tongue, NOS
C02|舌其他和未特指部位|Other and unspecified parts of tongue
C02.0|舌背面，未特指|Dorsal surface of tongue, NOS
C02.1|舌缘|Border of tongue
C02.2|舌腹面，未特指|Ventral surface of tongue, NOS
C02.3|舌前2/3，未特指|Anterior 2/3 of tongue, NOS
C02.4|舌扁桃体|Lingual tonsil
C02.8|舌交搭跨越的损害|Overlapping lesion of tongue
C02.9|舌，未特指|Tongue, NOS
C03|牙龈|Gum
C03.0|上牙龈|Upper gum
C03.1|下牙龈|Lower gum
C03.9|牙龈，未特指|Gum, NOS
C04|口底|Floor of mouth
C04.0|前口底|Anterior floor of mouth
C04.1|侧口底|Lateral floor of mouth
C04.8|口底交搭跨越的损害|Overlapping lesion of floor of mouth
C04.9|口底，未特指|Floor of mouth, NOS
C05|腭|Palate
C05.0|硬腭|Hard palate
C05.1|软腭，未特指|Soft palate, NOS
C05.2|悬雍垂|Uvula
C05.8|腭交搭跨越的损害|Overlapping lesion of palate
C05.9|腭，未特指|Palate, NOS
C06|口其他和未特指部位|Other and unspecified parts of mouth
C06.0|颊黏膜|Cheek mucosa
C06.1|口前庭|Vestibule of mouth
C06.2|磨牙后区|Retromolar area
C06.8|口其他和未特指部位交搭跨越的损害|Overlapping lesion of other and unspecified parts of mouth
C06.9|口，未特指|Mouth, NOS
C07|腮腺|Parotid gland
C07.9|腮腺|Parotid gland
C08|其他和未特指的大涎腺|Other and unspecified major salivary glands
C08.0|下颌下腺|Submandibular gland
C08.1|舌下腺|Sublingual gland
C08.8|大涎腺交搭跨越的损害|Overlapping lesion of major salivary glands
C08.9|大涎腺，未特指|Major salivary gland, NOS
C09|扁桃体|Tonsil
C09.0|扁桃体窝|Tonsillar fossa
C09.1|扁桃体柱|Tonsillar pillar
C09.8|扁桃体交搭跨越的损害|Overlapping lesion of tonsil
C09.9|扁桃体，未特指|Tonsil, NOS
C10|口咽|Oropharynx
C10.0|会厌谷|Vallecula
C10.1|会厌前面|Anterior surface of epiglottis
C10.2|口咽侧壁|Lateral wall of oropharynx
C10.3|口咽后壁|Posterior wall of oropharynx
C10.4|鳃裂|Branchial cleft
C10.8|口咽交搭跨越的损害|Overlapping lesion of oropharynx
C10.9|口咽，未特指|Oropharynx, NOS
C11|鼻咽|Nasopharynx
C11.0|鼻咽上壁|Superior wall of nasopharynx
C11.1|鼻咽后壁|Posterior wall of nasopharynx
C11.2|鼻咽侧壁|Lateral wall of nasopharynx
C11.3|鼻咽前壁|Anterior wall of nasopharynx
C11.8|鼻咽交搭跨越的损害|Overlapping lesion of nasopharynx
C11.9|鼻咽，未特指|Nasopharynx, NOS
C12|梨状窦|Pyriform sinus
C12.9|梨状窦|Pyriform sinus
C13|下咽|Hypopharynx
C13.0|环状软骨后区|Postcricoid region
C13.1|杓状会厌襞下咽面|Hypopharyngeal aspect of aryepiglottic fold
C13.2|下咽后壁|Posterior wall of hypopharynx
C13.8|下咽交搭跨越的损害|Overlapping lesion of hypopharynx
C13.9|下咽，未特指|Hypopharynx, NOS
C14|唇、口腔和咽的其他和不明确部位|Other and ill-defined sites in lip, oral cavity and pharynx
C14.0|咽，未特指|Pharynx, NOS
C14.2|咽淋巴环|Waldeyer ring
C14.8|唇、口腔和咽交搭跨越的损害|Overlapping lesion of lip, oral cavity and pharynx
C15|食管|Esophagus
C15.0|颈段食管|Cervical esophagus
C15.1|胸段食管|Thoracic esophagus
C15.2|腹段食管|Abdominal esophagus
C15.3|食管上1/3|Upper third of esophagus
C15.4|食管中1/3|Middle third of esophagus
C15.5|食管下1/3|Lower third of esophagus
C15.8|食管交搭跨越的损害|Overlapping lesion of esophagus
C15.9|食管，未特指|Esophagus, NOS
C16|胃|Stomach
C16.0|贲门，未特指|Cardia, NOS
C16.1|胃底|Fundus of stomach
C16.2|胃体|Body of stomach
C16.3|胃窦|Gastric antrum
C16.4|幽门|Pylorus
C16.5|胃小弯，未特指|Lesser curvature of stomach, NOS
C16.6|胃大弯，未特指|Greater curvature of stomach, NOS
C16.8|胃交搭跨越的损害|Overlapping lesion of stomach
C16.9|胃，未特指|Stomach, NOS
C17|小肠|Small intestine
C17.0|十二指肠|Duodenum
C17.1|空肠|Jejunum
C17.2|回肠|Ileum
C17.3|梅克尔憩室|Meckel diverticulum
C17.8|小肠交搭跨越的损害|Overlapping lesion of small intestine
C17.9|小肠，未特指|Small intestine, NOS
C18|结肠|Colon
C18.0|盲肠|Cecum
C18.1|阑尾|Appendix
C18.2|升结肠|Ascending colon
C18.3|结肠肝曲|Hepatic flexure of colon
C18.4|横结肠|Transverse colon
C18.5|结肠脾曲|Splenic flexure of colon
C18.6|降结肠|Descending colon
C18.7|乙状结肠|Sigmoid colon
C18.8|结肠交搭跨越的损害|Overlapping lesion of colon
C18.9|结肠，未特指|Colon, NOS
C19|直肠乙状结肠连接处|Rectosigmoid junction
C19.9|直肠乙状结肠连接处|Rectosigmoid junction
C20|直肠|Rectum
C20.9|直肠，未特指|Rectum, NOS
C21|肛门和肛管|Anus and anal canal
C21.0|肛门，未特指|Anus, NOS
C21.1|肛管|Anal canal
C21.2|泄殖腔源性区|Cloacogenic zone
C21.8|直肠、肛门和肛管交搭跨越的损害|Overlapping lesion of rectum, anus and anal canal
C22|肝和肝内胆管|Liver and intrahepatic bile ducts
C22.0|肝|Liver
C22.1|肝内胆管|Intrahepatic bile duct
C23|胆囊|Gallbladder
C23.9|胆囊|Gallbladder
C24|胆道其他和未特指部位|Other and unspecified parts of biliary tract
C24.0|肝外胆管|Extrahepatic bile duct
C24.1|法特壶腹|Ampulla of Vater
C24.8|胆道交搭跨越的损害|Overlapping lesion of biliary tract
C24.9|胆道，未特指|Biliary tract, NOS
C25|胰|Pancreas
C25.0|胰头|Head of pancreas
C25.1|胰体|Body of pancreas
C25.2|胰尾|Tail of pancreas
C25.3|胰管|Pancreatic duct
C25.4|胰岛|Islets of Langerhans
C25.7|胰的其他特指部位|Other specified parts of pancreas
C25.8|胰交搭跨越的损害|Overlapping lesion of pancreas
C25.9|胰，未特指|Pancreas, NOS
C26|其他和不明确的消化器官|Other and ill-defined digestive organs
C26.0|肠道，未特指|Intestinal tract, NOS
C26.8|消化系统交搭跨越的损害|Overlapping lesion of digestive system
C26.9|胃肠道，未特指|Gastrointestinal tract, NOS
C30|鼻腔和中耳|Nasal cavity and middle ear
C30.0|鼻腔|Nasal cavity
C30.1|中耳|Middle ear
C31|鼻窦|Accessory sinuses
C31.0|上颌窦|Maxillary sinus
C31.1|筛窦|Ethmoid sinus
C31.2|额窦|Frontal sinus
C31.3|蝶窦|Sphenoid sinus
C31.8|鼻窦交搭跨越的损害|Overlapping lesion of accessory sinuses
C31.9|鼻窦，未特指|Accessory sinus, NOS
C32|喉|Larynx
C32.0|声门|Glottis
C32.1|声门上|Supraglottis
C32.2|声门下|Subglottis
C32.3|喉软骨|Laryngeal cartilage
C32.8|喉交搭跨越的损害|Overlapping lesion of larynx
C32.9|喉，未特指|Larynx, NOS
C33|气管|Trachea
C33.9|气管|Trachea
C34|支气管和肺|Bronchus and lung
C34.0|主支气管|Main bronchus
C34.1|肺上叶|Upper lobe, lung
C34.2|肺中叶|Middle lobe, lung
C34.3|肺下叶|Lower lobe, lung
C34.8|肺交搭跨越的损害|Overlapping lesion of lung
C34.9|肺，未特指|Lung, NOS
C37|胸腺|Thymus
C37.9|胸腺|Thymus
C38|心脏、纵隔和胸膜|Heart, mediastinum, and pleura
C38.0|心脏|Heart
C38.1|前纵隔|Anterior mediastinum
C38.2|后纵隔|Posterior mediastinum
C38.3|纵隔，未特指|Mediastinum, NOS
C38.4|胸膜，未特指|Pleura, NOS
C38.8|心脏、纵隔和胸膜交搭跨越的损害|Overlapping lesion of heart, mediastinum and pleura
C39|呼吸系统和胸腔内器官的其他和不明确部位|Other and ill-defined sites within respiratory system and intrathoracic organs
C39.0|上呼吸道，未特指|Upper respiratory tract, NOS
C39.8|呼吸系统和胸腔内器官交搭跨越的损害|Overlapping lesion of respiratory system and intrathoracic organs
C39.9|呼吸系统内不明确部位|Ill-defined sites within respiratory system
C40|四肢骨、关节和关节软骨|Bones, joints and articular cartilage of limbs
C40.0|上肢长骨、肩胛骨和有关关节|Long bones of upper limb, scapula and associated joints
C40.1|上肢短骨和有关关节|Short bones of upper limb and associated joints
C40.2|下肢长骨和有关关节|Long bones of lower limb and associated joints
C40.3|下肢短骨和有关关节|Short bones of lower limb and associated joints
C40.8|四肢骨、关节和关节软骨交搭跨越的损害|Overlapping lesion of bones, joints and articular cartilage of limbs
C40.9|四肢骨，未特指|Bone of limb, NOS
C41|其他和未特指部位的骨、关节和关节软骨|Bones, joints and articular cartilage of other and unspecified sites
C41.0|颅骨、面骨和有关关节|Bones of skull and face and associated joints
C41.1|下颌骨|Mandible
C41.2|脊柱|Vertebral column
C41.3|肋骨、胸骨、锁骨和有关关节|Rib, sternum, clavicle and associated joints
C41.4|骨盆骨、骶骨、尾骨和有关关节|Pelvic bones, sacrum, coccyx and associated joints
C41.8|骨、关节和关节软骨交搭跨越的损害|Overlapping lesion of bones, joints and articular cartilage
C41.9|骨，未特指|Bone, NOS
C42|造血和网状内皮系统|Hematopoietic and reticuloendothelial systems
C42.0|血液|Blood
C42.1|骨髓|Bone marrow
C42.2|脾|Spleen
C42.3|网状内皮系统，未特指|Reticuloendothelial system, NOS
C42.4|造血系统，未特指|Hematopoietic system, NOS
C44|皮肤|Skin
C44.0|唇皮肤，未特指|Skin of lip, NOS
C44.1|眼睑|Eyelid
C44.2|外耳|External ear
C44.3|面部其他和未特指部位的皮肤|Skin of other and unspecified parts of face
C44.4|头皮和颈部皮肤|Skin of scalp and neck
C44.5|躯干皮肤|Skin of trunk
C44.6|上肢和肩部皮肤|Skin of upper limb and shoulder
C44.7|下肢和髋部皮肤|Skin of lower limb and hip
C44.8|皮肤交搭跨越的损害|Overlapping lesion of skin
C44.9|皮肤，未特指|Skin, NOS
C47|周围神经和自主神经系统|Peripheral nerves and autonomic nervous system
C47.0|头、面和颈部周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of head, face, and neck
C47.1|上肢和肩部周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of upper limb and shoulder
C47.2|下肢和髋部周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of lower limb and hip
C47.3|胸部周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of thorax
C47.4|腹部周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of abdomen
C47.5|盆腔周围神经和自主神经系统|Peripheral nerves and autonomic nervous system of pelvis
C47.6|躯干周围神经和自主神经系统，未特指|Peripheral nerves and autonomic nervous system of trunk, NOS
C47.8|周围神经和自主神经系统交搭跨越的损害|Overlapping lesion of peripheral nerves and autonomic nervous system
C47.9|自主神经系统，未特指|Autonomic nervous system, NOS
C48|腹膜后和腹膜|Retroperitoneum and peritoneum
C48.0|腹膜后|Retroperitoneum
C48.1|腹膜的特指部位|Specified parts of peritoneum
C48.2|腹膜，未特指|Peritoneum, NOS
C48.8|腹膜后和腹膜交搭跨越的损害|Overlapping lesion of retroperitoneum and peritoneum
C49|结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues
C49.0|头、面和颈部结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of head, face, and neck
C49.1|上肢和肩部结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of upper limb and shoulder
C49.2|下肢和髋部结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of lower limb and hip
C49.3|胸部结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of thorax
C49.4|腹部结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of abdomen
C49.5|盆腔结缔组织、皮下组织和其他软组织|Connective, subcutaneous and other soft tissues of pelvis
C49.6|躯干结缔组织、皮下组织和其他软组织，未特指|Connective, subcutaneous and other soft tissues of trunk, NOS
C49.8|结缔组织、皮下组织和其他软组织交搭跨越的损害|Overlapping lesion of connective, subcutaneous and other soft tissues
C49.9|结缔组织、皮下组织和其他软组织，未特指|Connective, subcutaneous and other soft tissues, NOS
C50|乳房|Breast
C50.0|乳头|Nipple
C50.1|乳房中央部|Central portion of breast
C50.2|乳房上内象限|Upper-inner quadrant of breast
C50.3|乳房下内象限|Lower-inner quadrant of breast
C50.4|乳房上外象限|Upper-outer quadrant of breast
C50.5|乳房下外象限|Lower-outer quadrant of breast
C50.6|乳房腋尾部|Axillary tail of breast
C50.8|乳房交搭跨越的损害|Overlapping lesion of breast
C50.9|乳房，未特指|Breast, NOS
C51|外阴|Vulva
C51.0|大阴唇|Labium majus
C51.1|小阴唇|Labium minus
C51.2|阴蒂|Clitoris
C51.8|外阴交搭跨越的损害|Overlapping lesion of vulva
C51.9|外阴，未特指|Vulva, NOS
C52|阴道|Vagina
C52.9|阴道，未特指|Vagina, NOS
C53|子宫颈|Cervix uteri
C53.0|宫颈内膜|Endocervix
C53.1|宫颈外膜|Exocervix
C53.8|子宫颈交搭跨越的损害|Overlapping lesion of cervix uteri
C53.9|子宫颈|Cervix uteri
C54|子宫体|Corpus uteri
C54.0|子宫峡部|Isthmus uteri
C54.1|子宫内膜|Endometrium
C54.2|子宫肌层|Myometrium
C54.3|子宫底|Fundus uteri
C54.8|子宫体交搭跨越的损害|Overlapping lesion of corpus uteri
C54.9|子宫体|Corpus uteri
C55|子宫，未特指|Uterus, NOS
C55.9|子宫，未特指|Uterus, NOS
C56|卵巢|Ovary
C56.9|卵巢|Ovary
C57|其他和未特指的女性生殖器官|Other and unspecified female genital organs
C57.0|输卵管|Fallopian tube
C57.1|阔韧带|Broad ligament
C57.2|圆韧带|Round ligament
C57.3|子宫旁组织|Parametrium
C57.4|子宫附件|Uterine adnexa
C57.7|女性生殖器官的其他特指部位|Other specified parts of female genital organs
C57.8|女性生殖器官交搭跨越的损害|Overlapping lesion of female genital organs
C57.9|女性生殖道，未特指|Female genital tract, NOS
C58|胎盘|Placenta
C58.9|胎盘|Placenta
C60|阴茎|Penis
C60.0|包皮|Prepuce
C60.1|阴茎头|Glans penis
C60.2|阴茎体|Body of penis
C60.8|阴茎交搭跨越的损害|Overlapping lesion of penis
C60.9|阴茎，未特指|Penis, NOS
C61|前列腺|Prostate gland
C61.9|前列腺|Prostate gland
C62|睾丸|Testis
C62.0|未降睾丸|Undescended testis
C62.1|已降睾丸|Descended testis
C62.9|睾丸，未特指|Testis, NOS
C63|其他和未特指的男性生殖器官|Other and unspecified male genital organs
C63.0|附睾|Epididymis
C63.1|精索|Spermatic cord
C63.2|阴囊，未特指|Scrotum, NOS
C63.7|男性生殖器官的其他特指部位|Other specified parts of male genital organs
C63.8|男性生殖器官交搭跨越的损害|Overlapping lesion of male genital organs
C63.9|男性生殖器官，未特指|Male genital organs, NOS
C64|肾|Kidney
C64.9|肾，未特指|Kidney, NOS
C65|肾盂|Renal pelvis
C65.9|肾盂|Renal pelvis
C66|输尿管|Ureter
C66.9|输尿管|Ureter
C67|膀胱|Bladder
C67.0|膀胱三角区|Trigone of bladder
C67.1|膀胱顶|Dome of bladder
C67.2|膀胱侧壁|Lateral wall of bladder
C67.3|膀胱前壁|Anterior wall of bladder
C67.4|膀胱后壁|Posterior wall of bladder
C67.5|膀胱颈|Bladder neck
C67.6|输尿管口|Ureteric orifice
C67.7|脐尿管|Urachus
C67.8|膀胱交搭跨越的损害|Overlapping lesion of bladder
C67.9|膀胱，未特指|Bladder, NOS
C68|其他和未特指的泌尿器官|Other and unspecified urinary organs
C68.0|尿道|Urethra
C68.1|尿道旁腺|Paraurethral gland
C68.8|泌尿器官交搭跨越的损害|Overlapping lesion of urinary organs
C68.9|泌尿系统，未特指|Urinary system, NOS
C69|眼和附器|Eye and adnexa
C69.0|结膜|Conjunctiva
C69.1|角膜，未特指|Cornea, NOS
C69.2|视网膜|Retina
C69.3|脉络膜|Choroid
C69.4|睫状体|Ciliary body
C69.5|泪腺|Lacrimal gland
C69.6|眼眶，未特指|Orbit, NOS
C69.8|眼和附器交搭跨越的损害|Overlapping lesion of eye and adnexa
C69.9|眼，未特指|Eye, NOS
C70|脑脊膜|Meninges
C70.0|脑膜|Cerebral meninges
C70.1|脊膜|Spinal meninges
C70.9|脑脊膜，未特指|Meninges, NOS
C71|脑|Brain
C71.0|大脑|Cerebrum
C71.1|额叶|Frontal lobe
C71.2|颞叶|Temporal lobe
C71.3|顶叶|Parietal lobe
C71.4|枕叶|Occipital lobe
C71.5|脑室，未特指|Ventricle, NOS
C71.6|小脑，未特指|Cerebellum, NOS
C71.7|脑干|Brain stem
C71.8|脑交搭跨越的损害|Overlapping lesion of brain
C71.9|脑，未特指|Brain, NOS
C72|脊髓、脑神经和中枢神经系统其他部位|Spinal cord, cranial nerves, and other parts of central nervous system
C72.0|脊髓|Spinal cord
C72.1|马尾|Cauda equina
C72.2|嗅神经|Olfactory nerve
C72.3|视神经|Optic nerve
C72.4|听神经|Acoustic nerve
C72.5|脑神经，未特指|Cranial nerve, NOS
C72.8|脑和中枢神经系统交搭跨越的损害|Overlapping lesion of brain and central nervous system
C72.9|神经系统，未特指|Nervous system, NOS
C73|甲状腺|Thyroid gland
C73.9|甲状腺|Thyroid gland
C74|肾上腺|Adrenal gland
C74.0|肾上腺皮质|Cortex of adrenal gland
C74.1|肾上腺髓质|Medulla of adrenal gland
C74.9|肾上腺，未特指|Adrenal gland, NOS
C75|其他内分泌腺和有关结构|Other endocrine glands and related structures
C75.0|甲状旁腺|Parathyroid gland
C75.1|垂体|Pituitary gland
C75.2|颅咽管|Craniopharyngeal duct
C75.3|松果体|Pineal gland
C75.4|颈动脉体|Carotid body
C75.5|主动脉体和其他副神经节|Aortic body and other paraganglia
C75.8|内分泌腺和有关结构交搭跨越的损害|Overlapping lesion of endocrine glands and related structures
C75.9|内分泌腺，未特指|Endocrine gland, NOS
C76|其他和不明确部位|Other and ill-defined sites
C76.0|头、面或颈，未特指|Head, face or neck, NOS
C76.1|胸，未特指|Thorax, NOS
C76.2|腹，未特指|Abdomen, NOS
C76.3|盆腔，未特指|Pelvis, NOS
C76.4|上肢，未特指|Upper limb, NOS
C76.5|下肢，未特指|Lower limb, NOS
C76.7|其他不明确部位|Other ill-defined sites
C76.8|不明确部位交搭跨越的损害|Overlapping lesion of ill-defined sites
C77|淋巴结|Lymph nodes
C77.0|头、面和颈部淋巴结|Lymph nodes of head, face and neck
C77.1|胸内淋巴结|Intrathoracic lymph nodes
C77.2|腹内淋巴结|Intra-abdominal lymph nodes
C77.3|腋窝或上肢淋巴结|Lymph nodes of axilla or arm
C77.4|腹股沟区或下肢淋巴结|Lymph nodes of inguinal region or leg
C77.5|盆腔淋巴结|Pelvic lymph nodes
C77.8|多个区域淋巴结|Lymph nodes of multiple regions
C77.9|淋巴结，未特指|Lymph node, NOS
C80|原发部位不明|Unknown primary site
C80.9|原发部位不明|Unknown primary site
`;
