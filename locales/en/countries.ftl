### Country names in English: one message per ISO 3166-1 alpha-2 code (UN member states and observers). Every form is written out in full.

country-AD = Andorra
    .bare = Andorra
    .adj = Andorran

country-AE = the United Arab Emirates
    .bare = United Arab Emirates
    .adj = Emirati

country-AF = Afghanistan
    .bare = Afghanistan
    .adj = Afghan

# review: adjective is rare; many texts use the name attributively (Antigua and Barbuda delegation)
country-AG = Antigua and Barbuda
    .bare = Antigua and Barbuda
    .adj = Antiguan and Barbudan

country-AL = Albania
    .bare = Albania
    .adj = Albanian

country-AM = Armenia
    .bare = Armenia
    .adj = Armenian

country-AO = Angola
    .bare = Angola
    .adj = Angolan

country-AR = Argentina
    .bare = Argentina
    .adj = Argentine

country-AT = Austria
    .bare = Austria
    .adj = Austrian

country-AU = Australia
    .bare = Australia
    .adj = Australian

country-AZ = Azerbaijan
    .bare = Azerbaijan
    .adj = Azerbaijani

# review: adjective is heavy; “Bosnian” alone is common but not neutral between the two entities
country-BA = Bosnia and Herzegovina
    .bare = Bosnia and Herzegovina
    .adj = Bosnian and Herzegovinian

country-BB = Barbados
    .bare = Barbados
    .adj = Barbadian

country-BD = Bangladesh
    .bare = Bangladesh
    .adj = Bangladeshi

country-BE = Belgium
    .bare = Belgium
    .adj = Belgian

country-BF = Burkina Faso
    .bare = Burkina Faso
    .adj = Burkinabe

country-BG = Bulgaria
    .bare = Bulgaria
    .adj = Bulgarian

country-BH = Bahrain
    .bare = Bahrain
    .adj = Bahraini

country-BI = Burundi
    .bare = Burundi
    .adj = Burundian

country-BJ = Benin
    .bare = Benin
    .adj = Beninese

country-BN = Brunei
    .bare = Brunei
    .adj = Bruneian

country-BO = Bolivia
    .bare = Bolivia
    .adj = Bolivian

country-BR = Brazil
    .bare = Brazil
    .adj = Brazilian

country-BS = the Bahamas
    .bare = Bahamas
    .adj = Bahamian

country-BT = Bhutan
    .bare = Bhutan
    .adj = Bhutanese

# review: “Botswanan” is used by some style guides; others use “Botswana” attributively (the people are Batswana)
country-BW = Botswana
    .bare = Botswana
    .adj = Botswanan

country-BY = Belarus
    .bare = Belarus
    .adj = Belarusian

country-BZ = Belize
    .bare = Belize
    .adj = Belizean

country-CA = Canada
    .bare = Canada
    .adj = Canadian

country-CD = the Democratic Republic of the Congo
    .bare = Democratic Republic of the Congo
    .adj = Congolese

country-CF = the Central African Republic
    .bare = Central African Republic
    .adj = Central African

country-CG = the Republic of the Congo
    .bare = Republic of the Congo
    .adj = Congolese

country-CH = Switzerland
    .bare = Switzerland
    .adj = Swiss

country-CI = Côte d’Ivoire
    .bare = Côte d’Ivoire
    .adj = Ivorian

country-CL = Chile
    .bare = Chile
    .adj = Chilean

country-CM = Cameroon
    .bare = Cameroon
    .adj = Cameroonian

country-CN = China
    .bare = China
    .adj = Chinese

country-CO = Colombia
    .bare = Colombia
    .adj = Colombian

country-CR = Costa Rica
    .bare = Costa Rica
    .adj = Costa Rican

country-CU = Cuba
    .bare = Cuba
    .adj = Cuban

country-CV = Cabo Verde
    .bare = Cabo Verde
    .adj = Cabo Verdean

country-CY = Cyprus
    .bare = Cyprus
    .adj = Cypriot

country-CZ = Czechia
    .bare = Czechia
    .adj = Czech

country-DE = Germany
    .bare = Germany
    .adj = German

country-DJ = Djibouti
    .bare = Djibouti
    .adj = Djiboutian

country-DK = Denmark
    .bare = Denmark
    .adj = Danish

# review: “Dominican” is ambiguous with the Dominican Republic
country-DM = Dominica
    .bare = Dominica
    .adj = Dominican

country-DO = the Dominican Republic
    .bare = Dominican Republic
    .adj = Dominican

country-DZ = Algeria
    .bare = Algeria
    .adj = Algerian

country-EC = Ecuador
    .bare = Ecuador
    .adj = Ecuadorian

country-EE = Estonia
    .bare = Estonia
    .adj = Estonian

country-EG = Egypt
    .bare = Egypt
    .adj = Egyptian

country-ER = Eritrea
    .bare = Eritrea
    .adj = Eritrean

country-ES = Spain
    .bare = Spain
    .adj = Spanish

country-ET = Ethiopia
    .bare = Ethiopia
    .adj = Ethiopian

country-FI = Finland
    .bare = Finland
    .adj = Finnish

country-FJ = Fiji
    .bare = Fiji
    .adj = Fijian

country-FM = Micronesia
    .bare = Micronesia
    .adj = Micronesian

country-FR = France
    .bare = France
    .adj = French

country-GA = Gabon
    .bare = Gabon
    .adj = Gabonese

country-GB = the United Kingdom
    .bare = United Kingdom
    .adj = British

country-GD = Grenada
    .bare = Grenada
    .adj = Grenadian

country-GE = Georgia
    .bare = Georgia
    .adj = Georgian

country-GH = Ghana
    .bare = Ghana
    .adj = Ghanaian

country-GM = the Gambia
    .bare = Gambia
    .adj = Gambian

country-GN = Guinea
    .bare = Guinea
    .adj = Guinean

country-GQ = Equatorial Guinea
    .bare = Equatorial Guinea
    .adj = Equatorial Guinean

country-GR = Greece
    .bare = Greece
    .adj = Greek

country-GT = Guatemala
    .bare = Guatemala
    .adj = Guatemalan

country-GW = Guinea-Bissau
    .bare = Guinea-Bissau
    .adj = Bissau-Guinean

country-GY = Guyana
    .bare = Guyana
    .adj = Guyanese

country-HN = Honduras
    .bare = Honduras
    .adj = Honduran

country-HR = Croatia
    .bare = Croatia
    .adj = Croatian

country-HT = Haiti
    .bare = Haiti
    .adj = Haitian

country-HU = Hungary
    .bare = Hungary
    .adj = Hungarian

country-ID = Indonesia
    .bare = Indonesia
    .adj = Indonesian

country-IE = Ireland
    .bare = Ireland
    .adj = Irish

country-IL = Israel
    .bare = Israel
    .adj = Israeli

country-IN = India
    .bare = India
    .adj = Indian

country-IQ = Iraq
    .bare = Iraq
    .adj = Iraqi

country-IR = Iran
    .bare = Iran
    .adj = Iranian

country-IS = Iceland
    .bare = Iceland
    .adj = Icelandic

country-IT = Italy
    .bare = Italy
    .adj = Italian

country-JM = Jamaica
    .bare = Jamaica
    .adj = Jamaican

country-JO = Jordan
    .bare = Jordan
    .adj = Jordanian

country-JP = Japan
    .bare = Japan
    .adj = Japanese

country-KE = Kenya
    .bare = Kenya
    .adj = Kenyan

country-KG = Kyrgyzstan
    .bare = Kyrgyzstan
    .adj = Kyrgyz

country-KH = Cambodia
    .bare = Cambodia
    .adj = Cambodian

# review: “I-Kiribati” is the attested adjective but may look odd; “Kiribati” attributively is an alternative
country-KI = Kiribati
    .bare = Kiribati
    .adj = I-Kiribati

country-KM = the Comoros
    .bare = Comoros
    .adj = Comorian

# review: “Kittitian and Nevisian” is the official demonym; many texts use the name attributively
country-KN = Saint Kitts and Nevis
    .bare = Saint Kitts and Nevis
    .adj = Kittitian and Nevisian

# review: “North Korean” chosen to disambiguate from the Republic of Korea; formal DPRK texts say “Korean”
country-KP = the Democratic People’s Republic of Korea
    .bare = Democratic People’s Republic of Korea
    .adj = North Korean

country-KR = the Republic of Korea
    .bare = Republic of Korea
    .adj = Korean

country-KW = Kuwait
    .bare = Kuwait
    .adj = Kuwaiti

country-KZ = Kazakhstan
    .bare = Kazakhstan
    .adj = Kazakh

country-LA = Laos
    .bare = Laos
    .adj = Lao

country-LB = Lebanon
    .bare = Lebanon
    .adj = Lebanese

country-LC = Saint Lucia
    .bare = Saint Lucia
    .adj = Saint Lucian

country-LI = Liechtenstein
    .bare = Liechtenstein
    .adj = Liechtenstein

country-LK = Sri Lanka
    .bare = Sri Lanka
    .adj = Sri Lankan

country-LR = Liberia
    .bare = Liberia
    .adj = Liberian

# review: “Basotho” is the people; attributive “Lesotho” is an alternative
country-LS = Lesotho
    .bare = Lesotho
    .adj = Basotho

country-LT = Lithuania
    .bare = Lithuania
    .adj = Lithuanian

# review: “Luxembourgish” vs attributive “Luxembourg” (both used)
country-LU = Luxembourg
    .bare = Luxembourg
    .adj = Luxembourgish

country-LV = Latvia
    .bare = Latvia
    .adj = Latvian

country-LY = Libya
    .bare = Libya
    .adj = Libyan

country-MA = Morocco
    .bare = Morocco
    .adj = Moroccan

country-MC = Monaco
    .bare = Monaco
    .adj = Monegasque

country-MD = Moldova
    .bare = Moldova
    .adj = Moldovan

country-ME = Montenegro
    .bare = Montenegro
    .adj = Montenegrin

country-MG = Madagascar
    .bare = Madagascar
    .adj = Malagasy

country-MH = the Marshall Islands
    .bare = Marshall Islands
    .adj = Marshallese

# review: Prespa Agreement prefers “of North Macedonia”; “North Macedonian” is common (EU) usage
country-MK = North Macedonia
    .bare = North Macedonia
    .adj = North Macedonian

country-ML = Mali
    .bare = Mali
    .adj = Malian

country-MM = Myanmar
    .bare = Myanmar
    .adj = Myanmar

country-MN = Mongolia
    .bare = Mongolia
    .adj = Mongolian

country-MR = Mauritania
    .bare = Mauritania
    .adj = Mauritanian

country-MT = Malta
    .bare = Malta
    .adj = Maltese

country-MU = Mauritius
    .bare = Mauritius
    .adj = Mauritian

country-MV = the Maldives
    .bare = Maldives
    .adj = Maldivian

country-MW = Malawi
    .bare = Malawi
    .adj = Malawian

country-MX = Mexico
    .bare = Mexico
    .adj = Mexican

country-MY = Malaysia
    .bare = Malaysia
    .adj = Malaysian

country-MZ = Mozambique
    .bare = Mozambique
    .adj = Mozambican

country-NA = Namibia
    .bare = Namibia
    .adj = Namibian

country-NE = Niger
    .bare = Niger
    .adj = Nigerien

country-NG = Nigeria
    .bare = Nigeria
    .adj = Nigerian

country-NI = Nicaragua
    .bare = Nicaragua
    .adj = Nicaraguan

country-NL = the Netherlands
    .bare = Netherlands
    .adj = Dutch

country-NO = Norway
    .bare = Norway
    .adj = Norwegian

country-NP = Nepal
    .bare = Nepal
    .adj = Nepali

country-NR = Nauru
    .bare = Nauru
    .adj = Nauruan

country-NZ = New Zealand
    .bare = New Zealand
    .adj = New Zealand

country-OM = Oman
    .bare = Oman
    .adj = Omani

country-PA = Panama
    .bare = Panama
    .adj = Panamanian

country-PE = Peru
    .bare = Peru
    .adj = Peruvian

country-PG = Papua New Guinea
    .bare = Papua New Guinea
    .adj = Papua New Guinean

# review: brief suggested “Filipino”; “Philippine” is the form used for the state and its organs (Philippine Government, Philippine delegation), “Filipino” is for people and culture
country-PH = the Philippines
    .bare = Philippines
    .adj = Philippine

country-PK = Pakistan
    .bare = Pakistan
    .adj = Pakistani

country-PL = Poland
    .bare = Poland
    .adj = Polish

country-PS = the State of Palestine
    .bare = State of Palestine
    .adj = Palestinian

country-PT = Portugal
    .bare = Portugal
    .adj = Portuguese

country-PW = Palau
    .bare = Palau
    .adj = Palauan

country-PY = Paraguay
    .bare = Paraguay
    .adj = Paraguayan

country-QA = Qatar
    .bare = Qatar
    .adj = Qatari

country-RO = Romania
    .bare = Romania
    .adj = Romanian

country-RS = Serbia
    .bare = Serbia
    .adj = Serbian

country-RU = Russia
    .bare = Russia
    .adj = Russian

country-RW = Rwanda
    .bare = Rwanda
    .adj = Rwandan

country-SA = Saudi Arabia
    .bare = Saudi Arabia
    .adj = Saudi

# review: no separate adjective; name used attributively
country-SB = Solomon Islands
    .bare = Solomon Islands
    .adj = Solomon Islands

country-SC = Seychelles
    .bare = Seychelles
    .adj = Seychellois

country-SD = Sudan
    .bare = Sudan
    .adj = Sudanese

country-SE = Sweden
    .bare = Sweden
    .adj = Swedish

country-SG = Singapore
    .bare = Singapore
    .adj = Singaporean

country-SI = Slovenia
    .bare = Slovenia
    .adj = Slovenian

country-SK = Slovakia
    .bare = Slovakia
    .adj = Slovak

country-SL = Sierra Leone
    .bare = Sierra Leone
    .adj = Sierra Leonean

country-SM = San Marino
    .bare = San Marino
    .adj = Sammarinese

country-SN = Senegal
    .bare = Senegal
    .adj = Senegalese

country-SO = Somalia
    .bare = Somalia
    .adj = Somali

country-SR = Suriname
    .bare = Suriname
    .adj = Surinamese

country-SS = South Sudan
    .bare = South Sudan
    .adj = South Sudanese

# review: “Santomean” is attested but rare
country-ST = Sao Tome and Principe
    .bare = Sao Tome and Principe
    .adj = Santomean

country-SV = El Salvador
    .bare = El Salvador
    .adj = Salvadoran

country-SY = Syria
    .bare = Syria
    .adj = Syrian

# review: “Swazi” is still usual; the government also uses “Eswatini” attributively (people: emaSwati)
country-SZ = Eswatini
    .bare = Eswatini
    .adj = Swazi

country-TD = Chad
    .bare = Chad
    .adj = Chadian

country-TG = Togo
    .bare = Togo
    .adj = Togolese

country-TH = Thailand
    .bare = Thailand
    .adj = Thai

country-TJ = Tajikistan
    .bare = Tajikistan
    .adj = Tajik

country-TL = Timor-Leste
    .bare = Timor-Leste
    .adj = Timorese

country-TM = Turkmenistan
    .bare = Turkmenistan
    .adj = Turkmen

country-TN = Tunisia
    .bare = Tunisia
    .adj = Tunisian

country-TO = Tonga
    .bare = Tonga
    .adj = Tongan

country-TR = Türkiye
    .bare = Türkiye
    .adj = Turkish

# review: official demonym; many texts use “Trinidad and Tobago” attributively
country-TT = Trinidad and Tobago
    .bare = Trinidad and Tobago
    .adj = Trinidadian and Tobagonian

country-TV = Tuvalu
    .bare = Tuvalu
    .adj = Tuvaluan

country-TZ = Tanzania
    .bare = Tanzania
    .adj = Tanzanian

country-UA = Ukraine
    .bare = Ukraine
    .adj = Ukrainian

country-UG = Uganda
    .bare = Uganda
    .adj = Ugandan

country-US = the United States
    .bare = United States
    .adj = American

country-UY = Uruguay
    .bare = Uruguay
    .adj = Uruguayan

country-UZ = Uzbekistan
    .bare = Uzbekistan
    .adj = Uzbek

# review: name used attributively (Holy See delegation); “Vatican” is the informal alternative
country-VA = the Holy See
    .bare = Holy See
    .adj = Holy See

country-VC = Saint Vincent and the Grenadines
    .bare = Saint Vincent and the Grenadines
    .adj = Vincentian

country-VE = Venezuela
    .bare = Venezuela
    .adj = Venezuelan

country-VN = Vietnam
    .bare = Vietnam
    .adj = Vietnamese

# review: “Ni-Vanuatu” is the attested form
country-VU = Vanuatu
    .bare = Vanuatu
    .adj = Ni-Vanuatu

country-WS = Samoa
    .bare = Samoa
    .adj = Samoan

country-YE = Yemen
    .bare = Yemen
    .adj = Yemeni

country-ZA = South Africa
    .bare = South Africa
    .adj = South African

country-ZM = Zambia
    .bare = Zambia
    .adj = Zambian

country-ZW = Zimbabwe
    .bare = Zimbabwe
    .adj = Zimbabwean
