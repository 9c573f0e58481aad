"""dev253 positives, part B: the Middle East, South Asia, Africa, the Caucasus, Central Asia and
Europe, 2014-2026, as the nuclear desk reports their current fighting, strikes and unrest."""

POSITIVES = [
    (
        "Rockets fired from Gaza at Dimona, home of Israel's nuclear reactor",
        "Palestinian militants in Gaza fired three rockets at the southern town of Dimona, where "
        "Israel's main nuclear research centre is located, on Wednesday, the Israeli military "
        "said. Two were shot down by the Iron Dome system and the third fell in open ground, a "
        "military spokesman said, adding that there was no damage. Hamas's armed wing, the "
        "Qassam Brigades, said it had targeted the reactor with long-range M-75 rockets. Israel "
        "has been pounding Gaza from the air for a ninth day in an offensive it says is aimed at "
        "halting rocket fire, and Gaza health officials said the Palestinian death toll had "
        "passed 200, most of them civilians. The Negev Nuclear Research Center has never been "
        "opened to international inspection, and Israel neither confirms nor denies having "
        "nuclear weapons. An Israeli official said the rockets posed no risk of a radiation "
        "leak. Sirens sounded across Beersheba and the Negev throughout the afternoon.",
        "E M",
        "rocket_fire",
    ),
    (
        "Iraq tells UN that militants seized uranium compounds at Mosul University",
        "Islamic State militants who overran Mosul last month have seized nearly 40 kg of "
        "uranium compounds kept at the city's university, Iraq's UN ambassador said in a letter "
        "to Secretary-General Ban Ki-moon released on Thursday. Mohamed Ali Alhakim wrote that "
        "the “terrorist groups” had taken control of the material used for scientific research "
        "and warned that it could be used in weapons of mass destruction. The International "
        "Atomic Energy Agency said the material appeared to be low-grade and did not present a "
        "significant safety, security or nuclear proliferation risk. The letter came as fighting "
        "between the militants and Iraqi forces continued north of Baghdad, where army units "
        "backed by Shi'ite volunteers were trying to retake Tikrit. Hundreds of thousands of "
        "people have fled Nineveh province since the group's offensive began in June. A US "
        "official said Washington was aware of the reports and was monitoring the situation.",
        "T B D",
        "seizure_by_armed_group",
    ),
    (
        "Fighting near Tripoli's nuclear research centre alarms IAEA as Haftar presses offensive",
        "Clashes between forces loyal to Libya's UN-backed government and Khalifa Haftar's "
        "eastern army reached the edge of the Tajoura Nuclear Research Centre east of Tripoli "
        "on Monday, residents and a government official said. Warplanes struck positions in the "
        "area overnight, and heavy machine-gun fire could be heard near the compound, which "
        "houses a Soviet-built research reactor and stores of radioactive sources. The "
        "International Atomic Energy Agency said it was following the situation and in contact "
        "with Libyan authorities. Haftar's Libyan National Army launched its offensive on the "
        "capital two weeks ago, and the World Health Organization says more than 170 people have "
        "been killed. The UN said about 18,000 people had been displaced from southern and "
        "eastern districts. “We hear the planes every night and the centre's guards have left,” "
        "a Tajoura resident said. The research reactor was shut down years ago and its highly "
        "enriched fuel was removed in 2006.",
        "B E D",
        "offensive",
    ),
    (
        "Armenia says nuclear plant is safe as shelling spreads beyond Nagorno-Karabakh",
        "Armenia's Metsamor nuclear power plant was operating normally on Friday despite "
        "warnings from Azerbaijan that it could be a target, Armenian officials said, as "
        "fighting over Nagorno-Karabakh entered its sixth day. Heavy shelling hit Stepanakert, "
        "the enclave's main city, overnight, and Azerbaijan said Armenian forces had fired "
        "rockets at the towns of Ganja and Tartar, killing civilians. Baku's defence ministry "
        "said its troops had taken several villages along the front. An Azerbaijani official "
        "had earlier said that an attack on the Mingachevir reservoir would be answered by a "
        "strike on Metsamor, a remark Yerevan called nuclear blackmail. The plant, some 35 km "
        "from the capital, provides about a third of Armenia's electricity. The IAEA said "
        "nuclear facilities must never be attacked. Thousands of women and children from "
        "Karabakh have crossed into Armenia since the fighting began.",
        "B E M D",
        "shelling",
    ),
    (
        "Uranium giant Kazatomprom says mines working as Almaty riots leave dozens dead",
        "Kazatomprom, the world's largest uranium producer, said on Thursday that its mines "
        "were operating normally and that it had seen no impact on production, after a night of "
        "riots in Almaty in which protesters stormed and set fire to the mayor's office and "
        "security forces opened fire. The Interior Ministry said dozens of attackers had been "
        "“liquidated” and 18 police officers killed, and more than 2,000 people were detained. "
        "Internet access across Kazakhstan was cut, and the company said its communications "
        "with sites in the south were limited. Uranium prices rose by 8% as traders weighed "
        "the risk to roughly 40% of world supply. President Kassym-Jomart Tokayev called in "
        "troops from a Russian-led security alliance after protests over fuel prices spread "
        "across the country. Gunfire was heard again on Thursday in central Almaty, residents "
        "said. Kazatomprom's shares fell 6% in London.",
        "U",
        "riot",
    ),
    (
        "Israel strikes Natanz and kills top Iranian scientists in wave of attacks",
        "Israel struck Iran's main uranium enrichment plant at Natanz and killed several senior "
        "nuclear scientists and military commanders in attacks that began before dawn on "
        "Friday, in what Prime Minister Benjamin Netanyahu said was the start of a prolonged "
        "operation to dismantle Tehran's nuclear programme. Iranian state media said the "
        "commander of the Revolutionary Guards, Hossein Salami, was among those killed, along "
        "with Fereydoun Abbasi, a former head of the Atomic Energy Organization of Iran. "
        "Explosions were heard across Tehran, where residential buildings were hit. The IAEA "
        "said the above-ground pilot enrichment plant at Natanz had been destroyed and that "
        "radiation levels outside the site had not risen. Iran launched about 100 drones "
        "towards Israel in response, the Israeli military said. Oil prices jumped more than "
        "7%. “Iran will give a severe response,” Supreme Leader Ali Khamenei said in a statement.",
        "E M V",
        "airstrike",
    ),
    (
        "Israeli jets hit Arak heavy water reactor as Iranian missile strikes Beersheba hospital",
        "Israeli warplanes struck the unfinished heavy water reactor near Arak in central Iran "
        "on Thursday, hours after the Israeli military warned residents nearby to leave the "
        "area, Iranian state television said. The Atomic Energy Organization of Iran said the "
        "site had been evacuated beforehand and that there was no radiation danger. The IAEA "
        "said the reactor building had been hit but contained no nuclear material. Earlier, an "
        "Iranian ballistic missile struck the Soroka medical centre in Beersheba, wounding "
        "dozens of people and wrecking an old surgical building that had been emptied days "
        "before, Israeli health officials said. Defence Minister Israel Katz said Khamenei "
        "would be held responsible. Iran said it had aimed at a military intelligence base next "
        "to the hospital. Sirens sounded in Tel Aviv and Haifa through the morning as more "
        "missiles were launched.",
        "E M V H",
        "airstrike",
    ),
    (
        "US bombers strike Fordow, Natanz and Isfahan, Trump says",
        "The United States struck Iran's three main nuclear sites overnight, President Donald "
        "Trump said, joining Israel's air campaign against the Islamic Republic after more than "
        "a week of fighting. B-2 bombers dropped 14 massive bunker-busting bombs on the "
        "underground enrichment plant at Fordow and on Natanz, and submarines fired some two "
        "dozen Tomahawk cruise missiles at the uranium conversion facility at Isfahan, the "
        "Pentagon said on Sunday. “Fordow is gone,” Trump wrote on social media, although "
        "officials said the full damage would take time to assess. Iran's atomic energy agency "
        "said there were no signs of contamination outside the sites. Iranian Foreign Minister "
        "Abbas Araqchi said the attacks were outrageous and would have “everlasting "
        "consequences”. The IAEA said it had detected no increase in off-site radiation levels. "
        "Israel's military said it was continuing strikes on missile launchers in western Iran.",
        "E M",
        "airstrike",
    ),
    (
        "Rosatom pulls hundreds of staff from Bushehr as Israeli strikes continue",
        "Russia's state nuclear company Rosatom has begun evacuating part of its workforce from "
        "Iran's Bushehr nuclear power plant as Israeli air strikes continue across the country, "
        "its chief Alexei Likhachev said on Thursday. A first group of about 250 Russian "
        "specialists and family members had left by road for Armenia, he said, and several "
        "hundred more would follow. “We are doing everything to keep the reactor safe, but we "
        "cannot risk our people,” Likhachev told reporters. Israeli officials have said Bushehr, "
        "which runs on Russian fuel and is under IAEA safeguards, is not a target, although an "
        "Israeli military spokesman mistakenly said on Thursday that it had been hit before "
        "correcting himself. Rafael Grossi warned that a direct strike on the plant could cause "
        "a very high release of radioactivity. Explosions were reported overnight in Tehran, "
        "Isfahan and Kermanshah, Iranian media said.",
        "E M D",
        "evacuation",
    ),
    (
        "Tehran residents flee as strikes hit Isfahan nuclear site and capital for fifth night",
        "Long lines of cars clogged highways out of Tehran on Tuesday as residents fled the "
        "Iranian capital after a fifth night of Israeli air strikes, including fresh attacks on "
        "the nuclear site at Isfahan. Petrol stations limited sales to 25 litres per car, and "
        "witnesses said the journey north to the Caspian coast that normally takes four hours "
        "was taking more than twelve. Israel's military had told people in parts of central "
        "Tehran to leave, saying it would strike military targets. The International Atomic "
        "Energy Agency said four buildings at Isfahan, including the uranium conversion plant, "
        "had been damaged, and that there was a risk of chemical and radiological contamination "
        "inside them. Iran's health ministry said 224 people had been killed since Friday, most "
        "of them civilians. Iranian missile fire on Israel killed at least 24 people over the "
        "same period, Israeli officials said.",
        "E D M",
        "airstrike",
    ),
    (
        "India strikes sites in Pakistan as Islamabad says nuclear command has not met",
        "India's military struck nine sites in Pakistan and Pakistan-administered Kashmir "
        "early on Wednesday in what it called Operation Sindoor, targeting camps it said were "
        "used by militant groups behind last month's attack on tourists at Pahalgam. Pakistan "
        "said 26 civilians had been killed and that its forces had shot down several Indian "
        "jets, and heavy artillery duels were reported along the Line of Control. Pakistan's "
        "defence minister Khawaja Asif later denied reports that the National Command "
        "Authority, which oversees the country's nuclear arsenal, had been summoned, saying no "
        "such meeting was scheduled. Arms-control experts said the crisis was the most serious "
        "between the nuclear-armed neighbours since 2019. The US and China urged restraint. "
        "Villagers near the frontier in Poonch said shells had hit homes and a mosque, and "
        "schools were shut across the Kashmir valley.",
        "E M B",
        "airstrike",
    ),
    (
        "Soldiers killed as jihadists ambush escort on Niger's uranium road",
        "Suspected Islamic State fighters ambushed an army convoy escorting lorries from the "
        "uranium mining town of Arlit in northern Niger on Sunday, killing at least nine "
        "soldiers, two security sources said. The attack took place about 80 km south of "
        "Agadez, where gunmen on motorbikes opened fire with machine guns and rocket-propelled "
        "grenades, one of the sources said. The military said in a statement that its troops had "
        "repelled the assault and killed “dozens of terrorists”, without giving figures. The "
        "lorries were carrying equipment and supplies to the Somair mine, which the junta "
        "nationalised earlier this year after a dispute with French group Orano. Niger's uranium "
        "output had already been hit by the closure of the border with Benin. Jihadist attacks "
        "have spread north and west from the Tillaberi region since the 2023 coup. Orano, which "
        "says it no longer controls the mine, declined to comment.",
        "T B",
        "ambush",
    ),
    (
        "IAEA seeks access to Syrian sites as Israeli jets pound army bases",
        "The UN nuclear watchdog said on Monday it wanted to send inspectors to Syria to secure "
        "sites linked to the country's past nuclear activities, as Israel carried out a third "
        "day of air strikes on military bases abandoned by the army of ousted President Bashar "
        "al-Assad. Rafael Grossi said the agency had been in contact with the new authorities in "
        "Damascus and that nuclear material at a research reactor near the capital was "
        "accounted for. The Syrian Observatory for Human Rights said Israeli warplanes had hit "
        "air defence batteries, weapons depots and a scientific research centre in more than "
        "300 strikes since Sunday. Israeli troops also moved into the buffer zone on the Golan "
        "Heights. The agency has long sought answers about a building at Deir ez-Zor destroyed "
        "by Israel in 2007 that it assessed was very likely an undeclared reactor. Israel said it "
        "was preventing weapons from falling into the hands of extremists.",
        "E M",
        "airstrike",
    ),
    (
        "Belgium pulls staff from nuclear plants after Brussels bombings",
        "Belgium's nuclear operator Engie Electrabel evacuated non-essential staff from its "
        "Tihange and Doel power plants on Tuesday after suicide bombers struck Brussels airport "
        "and a metro station, killing at least 30 people. Islamic State claimed the attacks, "
        "which came four days after the arrest of Salah Abdeslam, a suspect in last year's "
        "Paris attacks. Soldiers were deployed to guard both plants and the country's threat "
        "level was raised to its highest, the crisis centre said. A spokeswoman for the "
        "operator said the reactors were running normally and that the measure was "
        "precautionary. Investigators have been looking into reports that militants linked to "
        "the Paris cell had secretly filmed the home of a senior official at a Belgian nuclear "
        "research centre. The federal nuclear agency said there was no specific threat to any "
        "plant. Hospitals in Brussels said more than 200 people had been wounded.",
        "T",
        "terrorist_attack",
    ),
    (
        "Israeli strikes hit Parchin building once used in Iranian weapons research, analysts say",
        "Israel's air strikes on Iran on Saturday destroyed a building at the Parchin military "
        "complex that had been used for nuclear weapons research before 2003, satellite images "
        "analysed by independent researchers show. Warplanes attacked missile production "
        "plants and air defences in Tehran, Khuzestan and Ilam provinces in three waves before "
        "dawn, the Israeli military said, in retaliation for Iran's ballistic missile attack "
        "on Israel this month. Iran said four soldiers were killed and that damage was limited. "
        "The structure, known as Taleghan 2, was reduced to rubble, according to images taken on "
        "Sunday. Iran has always denied seeking nuclear weapons and said Parchin was a "
        "conventional military site. The IAEA said Iran's nuclear facilities had not been "
        "affected. Washington said it had been informed in advance but had not taken part.",
        "E M",
        "airstrike",
    ),
    (
        "Myanmar junta signs small reactor deal as air strikes hit Sagaing villages",
        "Myanmar's military government signed an agreement with Russia's Rosatom on Tuesday to "
        "study building a small modular reactor near Naypyitaw, state media reported, on the "
        "same day that junta air strikes killed at least 17 people in villages in the Sagaing "
        "region, according to local resistance groups. The deal envisages a 110-megawatt plant, "
        "the Global New Light of Myanmar said. Residents said two jets bombed Let Pan Hla "
        "village shortly after noon, hitting a monastery where displaced families were "
        "sheltering. The junta has stepped up air raids as it loses ground to ethnic armed "
        "groups and the People's Defence Forces. Opponents of the regime said the nuclear "
        "project was a propaganda exercise with no realistic prospect of being built. Rosatom "
        "has signed similar memorandums in more than 20 countries.",
        "E M V D",
        "airstrike",
    ),
]
