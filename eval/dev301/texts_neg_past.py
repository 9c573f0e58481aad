"""dev301 negatives: wars recalled, commemorations, parades and exercises, films, sport, health."""

NEGATIVES = [
    (
        "Azerbaijan marks Khojaly anniversary with march through Baku",
        "Tens of thousands of people marched through central Baku on Wednesday to the Khojaly "
        "memorial to mark the anniversary of the killing of Azerbaijani civilians in the town "
        "during the first Karabakh war in February 1992. Azerbaijan says 613 people were killed "
        "when Armenian forces took Khojaly, and calls it genocide; Armenia disputes the account. "
        "Marchers carried red carnations and portraits of the dead, and a minute's silence was "
        "held at 5 pm. President Ilham Aliyev and his wife laid wreaths earlier in the day. This "
        "year's ceremonies were the first since the town returned to Azerbaijani control, and "
        "survivors were taken by bus to visit the ruins of their old homes. A new museum of the "
        "events is to open in Khojaly next year.",
        "history",
    ),
    (
        "Thirty years on, Tajik civil war veterans tell their stories at Dushanbe exhibition",
        "An exhibition of photographs and letters from the Tajik civil war of 1992-1997 opened at "
        "the National Museum in Dushanbe this week, marking the thirtieth anniversary of the "
        "outbreak of fighting that killed tens of thousands of people and sent hundreds of "
        "thousands more fleeing to Afghanistan and Russia. Many of the images, of burned villages "
        "in Kurgan-Tyube and refugees on the Panj river, have never been shown in public before. "
        "Veterans of both sides attended the opening, and one former commander wept in front of a "
        "photograph of his brother. Officials presented the exhibition as a lesson about the "
        "value of the 1997 peace agreement, which they call the work of President Emomali Rahmon. "
        "Historians said the war's causes were still hardly discussed in schools. The exhibition "
        "runs until the end of September.",
        "history",
    ),
    (
        "Osh remembers June 2010 as survivors ask for a full account",
        "Residents of Osh laid flowers at a memorial on Tuesday to mark the anniversary of the "
        "ethnic violence between Kyrgyz and Uzbeks in June 2010, in which more than 400 people "
        "were killed and hundreds of thousands briefly fled their homes. The city has been "
        "rebuilt, with new apartment blocks where whole Uzbek neighbourhoods once burned, and "
        "officials spoke of friendship between peoples. But survivors told Eurasianet that few of "
        "those responsible have ever faced trial, and that most of those convicted were Uzbeks. A "
        "2011 international inquiry found that some of the attacks were crimes against humanity. "
        "Young people in Osh, many born after the events, say the subject is rarely spoken of at "
        "home. A planned documentary film on the events was not shown at the city's cinema.",
        "history",
    ),
    (
        "Georgia marks 15 years since August war with Russia",
        "Georgian officials laid wreaths at the military cemetery on Mount Mukhatgverdi on "
        "Tuesday to mark the fifteenth anniversary of the five-day war with Russia in August "
        "2008, which ended with Moscow recognising the breakaway regions of Abkhazia and South "
        "Ossetia as independent states. Prime Minister Irakli Garibashvili said Georgia would "
        "never accept the occupation of a fifth of its territory. In Gori, which was bombed "
        "during the war, families of the dead gathered at a memorial to the victims. About 20,000 "
        "ethnic Georgians who fled South Ossetia in 2008 still live in settlements built for them "
        "along the highway, such as Tserovani. Opposition parties held their own ceremony, "
        "accusing the government of being too soft on Moscow. Russian troops remain in both "
        "regions, and Georgian officials say the line of fences and signposts around South "
        "Ossetia has crept forward into Georgian-controlled villages. A minute's silence was held "
        "at noon.",
        "history",
    ),
    (
        "Armenia remembers 1988 Spitak earthquake",
        "Armenians lit candles and gathered at memorials in Gyumri and Spitak on Thursday to mark "
        "35 years since the earthquake of December 1988, which killed about 25,000 people and "
        "left half a million homeless. At 11:41, the moment the quake struck, the bells of "
        "churches across the country rang. Some families in Gyumri still live in metal "
        "containers, the so-called domiks, that were meant to be temporary shelter, and the "
        "government said it would house the last of them by 2026. The disaster came as the Soviet "
        "Union was falling apart and as the first Karabakh conflict was beginning, and survivors "
        "recall rescuers arriving from around the world. Prime Minister Nikol Pashinyan visited a "
        "new school in Spitak built with Swiss funding. In Yerevan, students carried candles to "
        "the memorial in the park near the Opera. An exhibition of photographs from the days "
        "after the quake opened at the national library.",
        "history",
    ),
    (
        "Historians uncover Soviet archive files on 1916 Central Asian revolt",
        "A team of Kyrgyz and Kazakh historians has published documents from Russian imperial and "
        "Soviet archives that detail the suppression of the 1916 uprising in Central Asia, when "
        "tens of thousands of Kyrgyz and Kazakhs died as troops crushed a revolt against "
        "conscription and many more fled across the mountains to China. The collection, released "
        "in Bishkek this week, includes telegrams from officers ordering villages to be burned. "
        "Kyrgyzstan marks the events, known as Urkun, every August, and a memorial complex stands "
        "on the outskirts of the capital. The historians said they had been given access to the "
        "Russian archives only partly. Some Kyrgyz politicians have called for the events to be "
        "recognised as genocide, which Moscow rejects. Some of the telegrams list the number of "
        "livestock seized from fleeing families. The historians plan a second volume next year, "
        "based on Chinese records of the refugees who reached Xinjiang.",
        "history",
    ),
    (
        "Ashgabat stages independence parade with horses, tanks and new drones",
        "Turkmenistan marked the anniversary of its independence on Monday with a military parade "
        "through Ashgabat in which tanks, rocket launchers and Chinese-made attack drones rolled "
        "past the reviewing stand, followed by cavalry on Akhal-Teke horses. President Serdar "
        "Berdimuhamedov, wearing a general's uniform, took the salute. State television showed "
        "thousands of students in national dress dancing in formation. Turkmenistan insists on "
        "its neutrality, recognised by the UN in 1995, and says its armed forces exist only for "
        "defence. Analysts said the parade showcased recent purchases from Turkey and China, "
        "including Bayraktar TB2 drones. Residents said roads in the centre had been closed for "
        "two days.",
        "military",
    ),
    (
        "CSTO rapid reaction forces hold drills near Tajik-Afghan border",
        "Several thousand troops from Russia, Kazakhstan, Kyrgyzstan and Tajikistan took part in "
        "exercises of the Collective Security Treaty Organization's rapid reaction forces at the "
        "Harb-Maidon range in southern Tajikistan this week, simulating the defeat of armed "
        "groups crossing from Afghanistan. Su-25 jets and helicopter gunships fired at targets in "
        "the mountains, and paratroopers practised seizing a pass, the Russian defence ministry "
        "said. Armenia, which has frozen its participation in the bloc, sent no troops. The "
        "drills ended with a demonstration for defence ministers from the member states. Russia "
        "keeps its largest overseas army base in Tajikistan, with about 7,000 troops in Dushanbe, "
        "Bokhtar and Kulob. Tajikistan's defence minister, Sherali Mirzo, said the exercise "
        "showed the readiness of the allies to defend the southern borders of the bloc. Observers "
        "from Uzbekistan and Turkmenistan, which are not members, did not attend.",
        "military",
    ),
    (
        "Kazakhstan raises defence spending and orders new Turkish drones",
        "Kazakhstan will increase its defence budget by about a fifth next year and has signed a "
        "contract with Turkish Aerospace to assemble Anka drones at a plant near Astana, the "
        "defence ministry said on Friday. Defence Minister Ruslan Zhaksylykov said the army "
        "needed to learn from the wars in Ukraine and Karabakh, where drones had changed the "
        "battlefield. The ministry said it would also buy air-defence systems and modernise "
        "Soviet-era armoured vehicles at a factory in Petropavlovsk. Analysts said Kazakhstan was "
        "diversifying away from Russian weapons, which make up most of its arsenal. Conscripts "
        "would receive new uniforms and body armour, the ministry said. The first drones are to "
        "be assembled by the end of next year, and the ministry says the plant will eventually "
        "export to third countries. Parliament is expected to approve the budget without changes.",
        "military",
    ),
    (
        "Armenia signs deal to buy French Caesar howitzers",
        "Armenia's defence ministry signed a contract in Paris on Tuesday to buy 36 Caesar "
        "self-propelled howitzers from the French company KNDS, the latest in a series of arms "
        "deals with France as Yerevan turns away from Russia. Defence Minister Suren Papikyan "
        "said the guns would be delivered in stages over the next three years. Baku reacted "
        "angrily, saying France was arming Armenia for a new war. French Armed Forces Minister "
        "Sebastien Lecornu said the weapons were purely defensive and would help Armenia protect "
        "its borders. Armenia has also bought radars and Bastion armoured vehicles from France "
        "and Akash air-defence systems from India. Its army is being reorganised with the help of "
        "Western advisers.",
        "military",
    ),
    (
        "Georgian army and US Marines hold Noble Partner exercise at Vaziani",
        "About 3,000 troops from Georgia, the United States and a dozen other NATO countries and "
        "partners began the annual Noble Partner exercise at the Vaziani and Krtsanisi training "
        "areas near Tbilisi on Monday. The drills include live-fire training, an airborne landing "
        "and a mock assault on a fortified village, the Georgian defence ministry said. Abrams "
        "tanks and Bradley fighting vehicles were shipped to the Black Sea port of Poti for the "
        "exercise. Moscow said the drills were a provocation that undermined stability in the "
        "region. Georgian soldiers who served in Afghanistan trained alongside American marines "
        "on urban warfare. The exercise runs for two weeks. Georgia, which hopes to join NATO one "
        "day, has hosted the exercise since 2015. Georgian officials said the drills would help "
        "the army reach alliance standards.",
        "military",
    ),
    (
        "Armenian film about the Karabakh exodus wins Berlin prize",
        "'Amber Road', a film by Armenian director Lilit Hakobyan about a family leaving "
        "Nagorno-Karabakh in September 2023, won a jury prize at the Berlin Film Festival on "
        "Saturday. The film follows a grandmother who refuses to leave her garden until the last "
        "bus, and was shot partly in Goris among real refugees, who play several of the roles. "
        "Hakobyan dedicated the prize to 'everyone who lost a home and still carries its key'. "
        "Reviewers praised its restraint and the performance of its lead, a retired teacher who "
        "had never acted. Azerbaijan's culture ministry said the film was propaganda. It will "
        "open in Armenian cinemas next month and is to be shown at festivals in Toronto and "
        "Busan. The film was co-produced with France and Germany, and its budget was less than a "
        "million euros. It is Armenia's first prize at Berlin.",
        "entertainment",
    ),
    (
        "Kazakh blockbuster about Jungar wars breaks box office records",
        "'Tomiris's Heirs', a big-budget historical epic about the Kazakh khanate's wars against "
        "the Dzungars in the eighteenth century, has become the highest-grossing Kazakh film "
        "ever, earning more than 2 billion tenge in its first month, its producers said. The film "
        "features battle scenes with thousands of extras on horseback, shot on the steppe near "
        "Kapshagai, and a siege of a fortress built for the production. Critics in Almaty praised "
        "its action sequences but called the script nationalist and predictable. The culture "
        "ministry, which paid for part of the film, said it would help young people know their "
        "history. A television series based on the film is in production. Its stars, mostly "
        "unknown young actors from Almaty's theatre schools, have become household names "
        "overnight. The producers are in talks with a streaming service about distribution in "
        "Turkey and Russia.",
        "entertainment",
    ),
    (
        "Qarabag crush Chelsea's hopes in Baku battle",
        "Qarabag produced one of the greatest nights in Azerbaijani football on Tuesday, fighting "
        "back from a goal down to beat the London side 2-1 at the Tofiq Bakhramov stadium in the "
        "Champions League group stage. The club, forced out of its home city of Aghdam during the "
        "war of the 1990s, has played in Baku for three decades. Its striker Juninho was the "
        "hero, firing home a volley in the 78th minute as the crowd of 30,000 roared. Coach "
        "Gurban Gurbanov said his players had 'fought like lions' against a team whose squad cost "
        "fifty times more. Qarabag now lead the group with two games to play. Fans celebrated in "
        "the streets of Baku until the early hours. Chelsea's manager said his side had been "
        "punished for a lack of sharpness up front. The club's return to a rebuilt stadium in "
        "Aghdam is planned for next season.",
        "sport",
    ),
    (
        "Uzbekistan's boxers dominate in Tashkent with a barrage of knockouts",
        "Uzbekistan's boxers won seven gold medals at the Asian Championships in Tashkent on "
        "Saturday, a haul that coaches called a blitz, as home fighters sent opponents from "
        "Kazakhstan and the Philippines to the canvas. Super heavyweight Bakhodir Jalolov, the "
        "double Olympic champion, needed less than a round to finish his final with a crushing "
        "left hook. The Humo Arena was full for every session, and fans waved flags and chanted "
        "throughout. The national team has been the strongest in amateur boxing since the Paris "
        "Olympics, and the federation said its young fighters would be the backbone of the team "
        "for Los Angeles. Kazakhstan finished second with four golds. Hasanboy Dusmatov, the "
        "veteran flyweight, won his final on points and announced that it would be his last "
        "tournament. President Shavkat Mirziyoyev promised apartments and cars to the champions.",
        "sport",
    ),
    (
        "Georgia's rugby 'Lelos' storm past Portugal in World Cup warm-up",
        "Georgia's rugby team ground out a 34-17 win over Portugal in Tbilisi on Saturday, with "
        "their famed scrum crushing the visitors' pack and earning two penalty tries. The Lelos, "
        "named after a traditional village game resembling a mass brawl, are the strongest team "
        "outside the Six Nations in Europe, and their fans want a place in the tournament. "
        "Flanker Beka Gorgadze said the team had gone to war for the full eighty minutes. More "
        "than 50,000 people packed the Dinamo Arena, waving flags with the five crosses. Coach "
        "Richard Cockerill said the defence still needed work before the World Cup in France. "
        "Georgia play Scotland in Edinburgh in a fortnight. Portugal, who had beaten Georgia in a "
        "European Championship match last year, never recovered from two early tries. Tickets for "
        "the Scotland game sold out within hours.",
        "sport",
    ),
    (
        "Measles outbreak in Kyrgyzstan: over 7,000 cases, health ministry says",
        "Kyrgyzstan has recorded more than 7,000 measles cases since the start of the year, the "
        "health ministry said on Wednesday, most of them among unvaccinated children in Bishkek, "
        "Osh and Jalal-Abad. Four children have died. Doctors blame a fall in vaccination rates "
        "since the pandemic, when routine immunisation was disrupted and rumours about vaccines "
        "spread on social media. The ministry has launched a catch-up campaign, with mobile teams "
        "going door to door in the new settlements around the capital. Some parents have refused "
        "to let their children be vaccinated, citing religious reasons. UNICEF said it had "
        "delivered 400,000 doses of vaccine. Schools will require proof of vaccination from the "
        "autumn.",
        "health",
    ),
]
