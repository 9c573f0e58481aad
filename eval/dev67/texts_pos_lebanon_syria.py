"""Positives: Lebanon and Hezbollah, and Syria before and after the fall of Assad, 2016 to 2025.

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

POSITIVES = [
    (
        "Pagers carried by Hezbollah members explode across Lebanon",
        "Hundreds of pagers used by Hezbollah members exploded almost at the same moment "
        "across Lebanon and parts of Syria on Tuesday afternoon, killing at least nine "
        "people, including a girl, and wounding about 2,800, Lebanon's health minister said. "
        "Hospitals in Beirut's southern suburbs and in the south called for blood donations "
        "as people with wounds to the hands, eyes and stomach crowded emergency rooms. "
        "Hezbollah blamed Israel and promised retaliation. Lebanon's caretaker prime minister "
        "called it a criminal Israeli aggression. Schools and universities closed on "
        "Wednesday.",
        "E H",
        "explosions",
    ),
    (
        "Israeli strike levels building in Beirut's southern suburbs",
        "Israeli warplanes struck a residential building in Haret Hreik in Beirut's southern "
        "suburbs on Friday evening, hitting what the military described as a Hezbollah "
        "command centre. Lebanon's health ministry said six people were killed and 91 "
        "wounded. An hour earlier the army's Arabic-language spokesman had published a map "
        "and told residents of three buildings to leave. Ambulances were still pulling "
        "survivors from the rubble after midnight.",
        "E D",
        "air strike",
    ),
    (
        "Cars jam coastal highway as families flee south Lebanon",
        "Thousands of cars crawled north along the coastal highway from Tyre and Nabatieh "
        "toward Sidon and Beirut on Monday as Israeli jets pounded villages across south "
        "Lebanon and the Bekaa, with some families saying the journey took twelve hours. "
        "Schools in Beirut and Mount Lebanon were turned into shelters. The health ministry "
        "said 492 people had been killed in a single day, the deadliest since the 2006 war.",
        "D E M",
        "displacement",
    ),
    (
        "Rocket hits football pitch in Majdal Shams, killing 12 children",
        "A rocket struck a football pitch in the Druze town of Majdal Shams in the "
        "Israeli-annexed Golan Heights on Saturday, killing 12 children and teenagers who "
        "were playing there, Israeli medics said. Israel blamed Hezbollah, which denied "
        "responsibility. Residents said there were only seconds between the siren and the "
        "impact.",
        "E V",
        "rocket attack",
    ),
    (
        "UNIFIL says Israeli tank fire hit watchtower at its Naqoura headquarters",
        "Two Indonesian peacekeepers were injured when an Israeli Merkava tank fired at an "
        "observation tower at UNIFIL's headquarters in Naqoura, the mission said on Thursday. "
        "Israeli troops also fired at a UN position in Labbouneh, damaging lights and a relay "
        "station, it said. The mission said peacekeepers would stay in their positions "
        "despite Israeli requests that they move.",
        "E",
        "shelling of peacekeepers",
    ),
    (
        'Israel announces "limited" ground raids into south Lebanon',
        'Israel said early on Tuesday that its troops had begun "limited, localised and '
        'targeted ground raids" against Hezbollah targets in villages close to the border, '
        "backed by the air force and artillery. Hezbollah said its fighters clashed with "
        "Israeli soldiers who tried to advance near Adaisseh and fired rockets at troops "
        "gathering near Metula. The Lebanese army pulled back from several border posts.",
        "M B E",
        "ground incursion",
    ),
    (
        "Eastern Ghouta: air strikes kill scores as families shelter underground",
        "Syrian government and Russian warplanes pounded the besieged rebel enclave of "
        "Eastern Ghouta for a fourth day on Wednesday, killing at least 80 people, the Syrian "
        "Observatory for Human Rights said. About 400,000 people have been trapped in the "
        "enclave since 2013, and most families now live in basements. Medical charities said "
        "seven hospitals had been hit since Sunday. The UN called for a 30-day humanitarian "
        "pause to deliver aid and evacuate the sick.",
        "E V H M",
        "siege",
    ),
    (
        "Rescuers say dozens dead in suspected gas attack on Douma",
        "Rescue workers and medics said dozens of people, many of them women and children, "
        "were found dead in homes and basements in the rebel-held town of Douma after a "
        "suspected poison gas attack on Saturday night. The White Helmets posted images of "
        "bodies with foam around their mouths. The Syrian government denied using chemical "
        "weapons and called the reports fabricated. The World Health Organization later said "
        "about 500 patients had been treated for symptoms consistent with exposure to toxic "
        "chemicals.",
        "E V",
        "chemical attack",
    ),
    (
        "Green buses begin carrying people out of east Aleppo",
        "The first convoy of green government buses and ambulances left the last rebel-held "
        "districts of eastern Aleppo on Thursday under a deal brokered by Russia and Turkey, "
        "carrying wounded people, civilians and fighters to the countryside west of the city. "
        "The ICRC said about 1,000 people had left in the first convoy. Thousands more waited "
        "in the snow in al-Amiriyah for their turn.",
        "D H",
        "evacuation",
    ),
    (
        "Rebels sweep into Aleppo in lightning offensive",
        "Insurgents led by Hayat Tahrir al-Sham entered Aleppo on Friday, two days after "
        "launching their biggest offensive in years from Idlib, and took several districts as "
        "government forces pulled back. The Syrian army said dozens of its soldiers had been "
        "killed in fighting along a front more than 100 km long and that it was redeploying. "
        "Russian jets struck rebel positions on the city's western outskirts, a war monitor "
        "said.",
        "B E",
        "offensive",
    ),
    (
        "Nearly a million flee Idlib bombardment toward Turkish border",
        "Nearly 950,000 people have fled their homes in northwest Syria since December as "
        "Syrian and Russian forces press their offensive on Idlib, the UN said on Monday, the "
        "largest wave of displacement of the war. Many families are sleeping in the open or "
        "under olive trees in freezing temperatures near the Turkish border. Aid workers said "
        "several children had died of cold. The camps along the border are full.",
        "D H M",
        "displacement",
    ),
    (
        "Monitor says hundreds of Alawite civilians killed in Syria coastal violence",
        "More than 740 Alawite civilians have been killed in Latakia and Tartus provinces "
        "since Thursday, the Syrian Observatory for Human Rights said on Saturday, after "
        "fighting between the new security forces and Assad loyalists spiralled into revenge "
        "killings. Residents of Baniyas said gunmen went from house to house asking people "
        "whether they were Alawite before shooting them. Thousands fled to the Russian air "
        "base at Hmeimim. The interim president called for calm and promised to hold those "
        "responsible to account. Security forces said they had regained control of most areas "
        "and set up checkpoints on the coastal highway.",
        "V B D",
        "massacre",
    ),
    (
        "Clashes between Druze fighters and Bedouin clans kill dozens in Sweida",
        "Fighting between Druze militias and Bedouin clans in Syria's southern Sweida "
        "province has killed at least 37 people and wounded about 100 since Sunday, the "
        "interior ministry said, after a vegetable merchant was abducted on the Damascus "
        "highway. Government troops sent to separate the sides came under fire. Israel said "
        "it struck several tanks moving toward the city, saying it would protect the Druze. "
        "The road between Damascus and Sweida was cut, and residents said bakeries had "
        "closed.",
        "B E M",
        "communal clashes",
    ),
    (
        "Suicide bomber attacks worshippers at Damascus church",
        "A gunman opened fire on worshippers at the Mar Elias church in Damascus's Dweila "
        "district during Sunday mass and then blew himself up, killing 25 people and wounding "
        "63, the health ministry said. The interior ministry blamed a cell of the Islamic "
        "State group. Church leaders called on the new authorities to protect Christians.",
        "T V E",
        "suicide bombing",
    ),
    (
        "Turkish drone hits civilian convoy heading to Tishreen dam, SDF says",
        "A Turkish drone struck a convoy of civilians travelling to the Tishreen dam on the "
        "Euphrates to protest against attacks on it, killing five people and wounding more "
        "than 15, the Kurdish-led Syrian Democratic Forces said on Wednesday. Fighting "
        "between the SDF and Turkish-backed factions around the dam has gone on for weeks. "
        "Ankara said it targeted only militants.",
        "E V B",
        "drone strike",
    ),
    (
        "Anti-tank missile hits house in Metula, town already evacuated",
        "An anti-tank missile fired from Lebanon hit a house in Metula on Monday, causing "
        "heavy damage but no injuries, because the town's residents have been evacuated since "
        "October, Israeli authorities said. Hezbollah said it targeted a building used by "
        "soldiers. About 60,000 people from communities near the border are still living in "
        "hotels and rented flats elsewhere in Israel.",
        "E D",
        "missile attack",
    ),
    (
        "Two killed in drone strike on car near Tyre",
        "An Israeli drone struck a car on the road between Tyre and Naqoura on Saturday, "
        "killing two men, Lebanon's health ministry said. The Israeli military said it killed "
        "a Hezbollah member who was rebuilding infrastructure in the south.",
        "E",
        "drone strike",
    ),
]
