"""dev145 hard negatives (2 of 5): the health and sport desks of the region's national press,
with wars as background and the language of battle on the pitch (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Cholera cases rise to 200 in Sulaimani as officials blame contaminated water",
        "The number of confirmed cholera cases in Sulaimani province has risen to 200, "
        "with two deaths, the province's health directorate said on Monday, as "
        "officials scrambled to contain the first major outbreak in the Kurdistan "
        "Region in years. Most of the cases were recorded in the Chamchamal district "
        "and in several neighbourhoods on the eastern edge of Sulaimani city, where "
        "tests found the water network had been contaminated by sewage, the "
        "directorate's spokesman told Rudaw. Hospitals have opened special wards for "
        "patients with severe diarrhoea, and the directorate has asked restaurants and "
        "street vendors to stop serving salads and uncooked vegetables. The Kurdistan "
        "Region's health ministry said teams were chlorinating water tanks and testing "
        "samples from wells across the province. Iraq's federal health ministry has "
        "recorded cases in several other provinces, including Kirkuk and Baghdad, and "
        "the World Health Organization said it was supporting laboratories with rapid "
        "diagnostic tests. Residents have been urged to boil drinking water and wash "
        "their hands frequently. Officials said the spread was linked to a shortage of "
        "water during a hot summer and years of underinvestment in the networks.",
        "health",
    ),
    (
        "'100 Million Healthy Lives' campaign screens 50 million Egyptians for hepatitis C",
        "Egypt's presidential initiative to eliminate hepatitis C has screened more "
        "than 50 million citizens since its launch in October, Health Minister Hala "
        "Zayed announced on Sunday, calling it the largest public health campaign in "
        "the country's history. More than 1.1 million people who tested positive have "
        "been referred for free treatment with locally produced antiviral drugs, with "
        "cure rates above 98%, the minister said at a press conference in Cairo. The "
        "campaign, known as '100 Million Healthy Lives', has also screened citizens for "
        "diabetes, hypertension and obesity at thousands of fixed and mobile units in "
        "schools, youth centres and metro stations. Zayed said Egypt had won the battle "
        "against a virus that once infected one in ten adults, and that the country was "
        "on track to be declared free of hepatitis C by 2030. The World Health "
        "Organization has praised the programme and several African countries have "
        "asked for Egypt's support in launching similar initiatives. The ministry plans "
        "to extend screening to foreign residents, including refugees, later this year. "
        "Officials said the next phase would focus on pregnant women and "
        "schoolchildren.",
        "health",
    ),
    (
        "Cholera vaccination campaign targets 350,000 people in Aden ahead of rainy season",
        "A six-day oral cholera vaccination campaign began on Saturday in Aden, "
        "targeting some 350,000 people aged one year and over in the districts most "
        "affected by the disease, the Ministry of Public Health and Population said. "
        "The campaign, supported by the World Health Organization and UNICEF, is being "
        "carried out by more than 1,500 health workers going door to door and at fixed "
        "sites in health centres, schools and mosques. Yemen has recorded more than 1.1 "
        "million suspected cholera cases since the outbreak began in late 2016, and the "
        "authorities fear a new surge with the start of the rainy season. Years of war "
        "have left much of the country's water and sanitation infrastructure damaged "
        "and fewer than half of its health facilities fully functional, according to "
        "the WHO. Health officials in Aden said the campaign would be followed by a "
        "second dose in the coming weeks, and by similar campaigns in Lahj and "
        "Al-Dhale. 'Vaccination is one tool, but clean water is what will end cholera,' "
        "a UNICEF official told Yemen Monitor. The ministry urged families to make sure "
        "all members receive the vaccine and to continue boiling water.",
        "health",
    ),
    (
        "Atlas Lions' defensive wall holds as Morocco stun Portugal to reach World Cup semi-finals",
        "Morocco became the first African and Arab nation to reach the semi-finals of "
        "the FIFA World Cup on Saturday, beating Portugal 1-0 at Al Thumama Stadium in "
        "Doha thanks to a first-half header by Youssef En-Nesyri. The Sevilla striker "
        "rose above goalkeeper Diogo Costa to meet a cross from Yahia Attiat-Allah in "
        "the 42nd minute, sending tens of thousands of Moroccan fans into a frenzy. "
        "Portugal threw everything at Walid Regragui's side after the break, bringing "
        "on Cristiano Ronaldo in the 51st minute, but Morocco's defence, marshalled by "
        "Romain Saïss and then Achraf Dari after the captain limped off, held firm. "
        "Yassine Bounou made a superb save to deny João Félix late on, and Walid "
        "Cheddira was sent off in stoppage time. 'We fought like warriors, for Morocco, "
        "for Africa and for the Arab world,' Regragui said after the match. "
        "Celebrations erupted across Moroccan cities, from Casablanca to Rabat and "
        "Tangier, as well as in Europe and across the Arab world. The Atlas Lions will "
        "face defending champions France on Wednesday for a place in the final.",
        "sport",
    ),
    (
        "Ahly edge Wydad to clinch 11th CAF Champions League title",
        "Al-Ahly won their 11th CAF Champions League title on Sunday after a 1-1 draw "
        "with Wydad Casablanca in the second leg of the final at the Mohammed V "
        "Stadium, securing the trophy with a 3-2 aggregate victory. Mohamed "
        "Abdelmonem's header in the 78th minute cancelled out Yahya Jabrane's early "
        "strike for the Moroccan hosts, silencing a crowd of 45,000 who had roared "
        "their side forward in wave after wave of attacks. The Red Devils had won the "
        "first leg 2-1 in Cairo a week earlier. Ahly coach Marcel Koller praised his "
        "players for their discipline under siege in the first half, saying the team "
        "had shown the mentality of champions. The win extends Ahly's record as the "
        "most successful club in African competition and qualifies them for the Club "
        "World Cup in Saudi Arabia in December. Thousands of fans celebrated in the "
        "streets of Cairo late into the night, waving red flags and setting off "
        "fireworks.",
        "sport",
    ),
    (
        "Turkish Football Federation suspends all leagues after club president punches referee",
        "The Turkish Football Federation (TFF) suspended all league matches "
        "indefinitely on Tuesday after the president of Ankaragücü punched referee "
        "Halil Umut Meler on the pitch following a Süper Lig game against Çaykur "
        "Rizespor. Faruk Koca ran onto the field at the final whistle of Monday's 1-1 "
        "draw and struck Meler in the face, knocking him to the ground, where he was "
        "kicked by several other people, footage showed. The referee was taken to "
        "hospital with a fracture near his eye and is being kept under observation. "
        "Koca, who was also briefly hospitalised with heart problems, was arrested on "
        "Tuesday along with two others and resigned from his post. President Recep "
        "Tayyip Erdoğan condemned the attack, saying sport meant peace and brotherhood "
        "and was incompatible with violence. The federation's president said the attack "
        "on Meler was an attack on Turkish football and that clubs, executives and "
        "commentators who had encouraged hostility toward referees shared the blame. "
        "UEFA and FIFA also condemned the assault and voiced support for the "
        "federation's decision.",
        "sport",
    ),
    (
        "Fida'i hold Jordan in World Cup qualifier played away from home",
        "Palestine's national football team drew 1-1 with Jordan in Kuwait City on "
        "Thursday in the third round of the Asian qualifiers for the 2026 World Cup, "
        "keeping alive their hopes of reaching the tournament for the first time. Oday "
        "Dabbagh put the Fida'i ahead with a header shortly after half-time before "
        "Jordan's Yazan Al-Naimat equalised with a fine solo effort 10 minutes from the "
        "end. The match, officially a home game for Palestine, was played in Kuwait "
        "because the Palestinian Football Association cannot host international "
        "fixtures at Faisal Al-Husseini Stadium in Al-Ram. A minute's silence was "
        "observed before kick-off in memory of the victims of the war in Gaza, and "
        "thousands of Palestinian and Jordanian fans in the stands waved flags and "
        "chanted for the team. Coach Makram Daboub said his players, several of whom "
        "have lost relatives in Gaza, had played 'with their hearts for their people'. "
        "The result lifts Palestine to fourth place in Group B. The Fida'i face South "
        "Korea next week in Amman.",
        "sport",
    ),
    (
        "Nashama make history, reach Asian Cup final after stunning South Korea",
        "Jordan's national football team reached the final of the AFC Asian Cup for the "
        "first time in the country's history on Tuesday, beating South Korea 2-0 in the "
        "semi-final at Ahmad bin Ali Stadium in Al Rayyan. Yazan Al-Naimat opened the "
        "scoring in the 53rd minute after a South Korean defensive error, and Musa "
        "Al-Taamari doubled the lead with a brilliant curling shot 13 minutes later. "
        "The Nashama dominated the game against a South Korean side packed with "
        "European-based stars, and goalkeeper Yazeed Abulaila was rarely tested. His "
        "Majesty King Abdullah congratulated the team in a message on social media, "
        "saying the players had made all Jordanians proud. Thousands of fans poured "
        "into the streets of Amman, Irbid and Zarqa, honking car horns and waving flags "
        "until the early hours of the morning. Moroccan coach Hussein Ammouta said his "
        "players had shown 'a fighting spirit and great discipline'. Jordan will face "
        "hosts Qatar in the final on Saturday at Lusail Stadium.",
        "sport",
    ),
]
