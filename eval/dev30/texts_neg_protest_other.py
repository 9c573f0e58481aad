"""Negatives of eval/dev30, peaceful protest and other: (title, text, kind code)."""

NEGATIVES = [
    (
        "Families of hostages end five-day march to Jerusalem",
        "JERUSALEM — Tens of thousands of people joined relatives of hostages held in Gaza on "
        "Saturday as they completed a five-day march from Tel Aviv to Jerusalem, calling on the "
        "government to do more to bring their loved ones home. The marchers, carrying Israeli "
        "flags and yellow balloons and wearing T-shirts printed with the faces of the captives, "
        "walked about 65 kilometres along the main highway, sleeping in kibbutzim and community "
        "centres along the way. They ended the march outside the prime minister's office, where "
        'relatives read out the names of the hostages. "We are here to tell the government that '
        'there is nothing more important than bringing them back," said the father of a '
        "28-year-old man taken from a music festival. Organisers said the march was not directed "
        "against the government, but some participants called for an immediate deal with Hamas. "
        "Police closed roads along the route and escorted the marchers, and no incidents were "
        "reported. The war cabinet minister Benny Gantz met some of the families afterwards and "
        "told them that the return of the hostages was a top priority. Relatives said that about "
        "240 people were being held, including children and elderly people. Volunteers along the "
        "route handed out water and food, and residents of towns near the highway came out to "
        "applaud. The families' forum said it would continue to hold weekly rallies in Tel Aviv. "
        "Among the marchers were elderly relatives who walked the whole route, and children "
        "carrying drawings for their grandparents. Celebrities and members of parliament from "
        "both coalition and opposition joined for stretches of the march. In Jerusalem, the "
        'crowd sang the national anthem and the song "Bring Them Home Now", and relatives lit '
        "candles. Organisers said they had also met foreign ambassadors to ask for their "
        "countries' help in negotiations mediated by Qatar and Egypt. Supporters also held "
        "rallies in New York, London and Paris.",
        "protest",
    ),
    (
        "Hundreds of thousands rally peacefully in Belgrade as student movement grows",
        "BELGRADE — Hundreds of thousands of people filled the centre of Belgrade on Saturday in "
        "one of the largest protests in Serbia's history, as a student-led movement that began "
        "after a deadly railway station disaster kept up pressure on President Aleksandar "
        "Vučić's government. Students who had walked for days from cities across the country "
        "were welcomed with flowers and applause, and farmers drove tractors into the capital to "
        "protect the crowds. The protesters held 15 minutes of silence at noon in memory of the "
        "15 people killed when a concrete canopy collapsed at the newly renovated railway "
        'station in Novi Sad in November. "We are not against anyone. We want institutions that '
        'work and people who are responsible for corruption to be punished," said a philosophy '
        "student from Niš. The rally passed off peacefully, and volunteers in high-visibility "
        "vests kept order along the route. Police said the gathering had passed without serious "
        "incident and estimated attendance at 275,000; an independent monitoring group put it at "
        "about 300,000. Vučić, who has dismissed the protesters as foreign-funded, said in a "
        "televised address that he would not give in to pressure but would consider calling "
        "early elections. The prime minister resigned in January. University faculties have been "
        "blockaded by students for months, and teachers and lawyers have joined the movement. "
        "Residents of Belgrade brought food, water and tea to stands set up along the "
        "protesters' route, and bakers handed out bread. Medical students set up first aid "
        "tents, which mostly treated people for exhaustion after long walks. The protesters' "
        "demands include the publication of all documents related to the reconstruction of the "
        "Novi Sad station, the prosecution of those responsible for the collapse, and an end to "
        "what they describe as pressure on students and teachers. Opposition parties have kept a "
        "low profile in the movement, which the students say is non-partisan. Supporters of the "
        "government held a smaller counter-rally in front of the presidency, which also passed "
        "off peacefully, and police kept the two groups apart. The students said they would hold "
        "further rallies in other cities.",
        "protest",
    ),
    (
        "Polish farmers block Ukrainian border crossings over grain imports",
        "DOROHUSK, Poland — Polish farmers blocked roads leading to several border crossings "
        "with Ukraine on Friday with tractors, leaving hundreds of trucks stuck in queues "
        "stretching for kilometres, in a protest against imports of cheap Ukrainian grain and "
        "other farm produce. The farmers let through only a few trucks an hour, as well as "
        "humanitarian aid and military supplies for Ukraine, and said they would continue the "
        'blockade for at least a month. "We are not against Ukraine. We are against the European '
        "Union's policies, which are ruining us,\" said a farmer from Lublin province standing "
        "next to his tractor. Ukrainian drivers said they had been waiting in the cold for days "
        "without proper access to food or toilets, and Ukraine's border service said the "
        "protests were causing losses for exporters. The European Union lifted duties on "
        "Ukrainian agricultural imports in 2022 after Russia's invasion blocked Ukraine's Black "
        "Sea ports. Polish farmers say the resulting imports have pushed down prices and left "
        "their own grain unsold in warehouses. Police monitored the protest, and no incidents "
        "were reported. Poland's agriculture minister met farmers' leaders and said the "
        "government would seek changes at the EU level. Ukraine's deputy prime minister said the "
        'blockade was "sending the wrong signal" and called for talks. Similar protests by '
        "farmers took place in Slovakia, Hungary and Romania. Truck drivers' groups said the "
        "losses were mounting every day. The Polish government later reached an agreement with "
        "Kyiv to check Ukrainian grain in transit more strictly and to restrict imports of some "
        "products. Farmers' unions said they would end the blockade only when the European Union "
        "extended import restrictions. Some Polish transport companies joined the protest, "
        "complaining that Ukrainian hauliers were taking business from them since the EU waived "
        "permit requirements. Ukraine's prime minister said Ukrainian farmers were also "
        "suffering, and proposed a joint commission to resolve disputes. The European Commission "
        "said it would propose safeguard measures for sensitive products.",
        "protest",
    ),
    (
        "Wives of Russian mobilised soldiers lay flowers in Moscow to demand their return",
        "MOSCOW — A small group of women whose husbands were mobilised to fight in Ukraine laid "
        "flowers at the Tomb of the Unknown Soldier near the Kremlin on Saturday, in a weekly "
        "protest demanding that the men be sent home after more than a year at the front. The "
        "women, wearing white headscarves, stood in silence for several minutes before walking "
        "away, while journalists filmed and police watched from a distance. The group, known as "
        "Put Domoi, or The Way Home, says its members support the army but that the mobilised "
        'men have served long enough and should be replaced by volunteers or new conscripts. "We '
        'are not against the state. We want our husbands back, as we were promised," said Maria, '
        "whose husband was called up in September 2022. The authorities have refused to grant "
        "permission for rallies, and several journalists were briefly detained and later "
        "released after the flowers were laid. State television has ignored the protests, and "
        "Kremlin spokesman Dmitry Peskov said the authorities were in contact with families of "
        'servicemen. Russia\'s justice ministry later labelled the group a "foreign agent". '
        'Putin announced a "partial mobilisation" of about 300,000 reservists in September 2022, '
        "prompting hundreds of thousands of men to leave the country. Since then, the army has "
        "relied on contract soldiers recruited with large signing bonuses. The women said they "
        "would come back the following week.",
        "protest",
    ),
    (
        "Syrian refugee elected mayor of German village",
        "OSTELSHEIM, Germany — A Syrian man who arrived in Germany as a refugee eight years ago "
        "has been elected mayor of a village in the south-western state of Baden-Württemberg, in "
        "what local media called a first for the country. Ryyan Alshebl, 29, won 55 percent of "
        "the vote in Ostelsheim, a community of about 2,700 people near Stuttgart, defeating two "
        "rivals who were both born in the area. Alshebl, who stood as an independent with the "
        'support of the Green Party, said he was overwhelmed by the result. "It shows that in '
        'Germany, what matters is what you can do, not where you come from," he told reporters '
        "at the town hall. He grew up in Suwayda in southern Syria and left the country in 2015 "
        "to avoid military service, travelling across the Aegean Sea to Greece and along the "
        "Balkan route to Germany. He learned German, trained as an administrative clerk and "
        "worked at the town hall of a nearby municipality before deciding to run. During the "
        "campaign he promised to improve childcare, expand the local supply of renewable energy "
        "and make the village more attractive for young families. Residents said they had voted "
        "for his experience in local government. Alshebl, who became a German citizen last year, "
        "will take office in June for an eight-year term. His parents still live in Syria, and "
        "he said he hoped they would be able to visit him soon. Ostelsheim's outgoing mayor, who "
        "did not stand again, said Alshebl had impressed residents with his knowledge of the "
        "village's finances and his willingness to knock on every door. During the campaign, the "
        "candidate received a few hostile messages online but said the response of residents had "
        "been overwhelmingly friendly. He said he hoped his election would encourage other "
        "people of migrant origin to stand for local office. Germany took in more than a million "
        "asylum seekers in 2015 and 2016, many of them Syrians, and about 200,000 Syrians have "
        "since become German citizens. The state premier of Baden-Württemberg congratulated him "
        'in a letter. "This is a village where people know each other, and they decided that I '
        'am one of them," Alshebl said.',
        "other",
    ),
    (
        "Baghdad book fair draws record crowds as city's cultural life revives",
        "BAGHDAD — The Baghdad International Book Fair opened on Thursday with more than 350 "
        "publishers from 20 countries, and organisers said they expected record numbers of "
        "visitors over the ten-day event, as the Iraqi capital's cultural life continues to "
        "revive. Families and students crowded the halls of the fairground in the Mansour "
        "district, where stands offered novels, poetry, textbooks and translations of Western "
        "bestsellers. Publishers said demand for Iraqi fiction had grown, with several novels "
        'about life under sanctions and the years after 2003 among the best sellers. "Reading '
        'has returned. Young people come looking for new Iraqi writers," said a publisher from '
        "Basra. The fair also hosted panel discussions on free expression and the future of "
        "Arabic publishing, and a children's corner with storytelling sessions. The culture "
        "ministry said it had waived stand fees for Iraqi publishers this year. Mutanabbi "
        "Street, Baghdad's historic booksellers' market, was rebuilt in 2008 and has again "
        "become a gathering place on Fridays. Booksellers said one problem was the high price of "
        "imported paper, which made books expensive for students. Organisers said the fair would "
        "travel to Erbil and Basra later in the year. Iraq's prime minister visited on the "
        "opening day and bought a volume of poetry by Badr Shakir al-Sayyab. The fair closes on "
        "December 14. Women made up a large share of the visitors, and several stands were "
        "devoted to books by Iraqi women writers. Students said they came to buy textbooks and "
        "science fiction at discounts, while older visitors looked for books of history and "
        "poetry. Organisers said security had been relaxed compared with previous years, and "
        "that the fair had become one of the largest cultural events in the Arab world. A panel "
        "on the future of libraries discussed efforts to digitise collections of the national "
        "library, which lost many of its manuscripts in 2003.",
        "other",
    ),
]
