"""dev291 negatives: mobilisation, conscription, parades, drills, memory, funerals, talks and film (written blind)."""

NEGATIVES = [
    (
        "Putin orders 'partial mobilisation' of 300,000 reservists",
        """Putin on Wednesday ordered the first mobilisation in Russia since the Second World War, calling up reservists to reinforce the army in Ukraine and warning the West that Russia would use "all the means at our disposal" to defend its territory. Defence Minister Sergei Shoigu said in a separate interview that 300,000 reservists with combat experience or military specialities would be called up, about 1% of the total mobilisation reserve. The decree, published on the Kremlin website, took effect immediately. One clause of it was classified, and the Kremlin declined to say what it contained. Students and workers in the defence industry would be exempt, officials said. Contracts of soldiers already serving will be extended until the end of the period of partial mobilisation. The rouble slipped and the Moscow Exchange index fell nearly 4% after the address. Flights out of Moscow to visa-free destinations quickly sold out.""",
        "military",
    ),
    (
        "Putin signs autumn conscription decree calling up 160,000 men",
        """Putin on Monday signed a decree on the autumn conscription, under which 160,000 men aged 18 to 30 will be called up for a year of compulsory military service between October and the end of December. The number is 27,000 higher than a year ago and the largest autumn call-up since 2016. The general staff said conscripts would not be sent to the "special military operation zone" or to the border regions. Since January, summonses have been sent electronically through the state services portal Gosuslugi, and those who ignore them can be barred from leaving the country, selling property or driving a car. Rights lawyers said their hotlines had received more calls than usual from families asking about deferments. The defence ministry has also begun sending conscripts to year-round call-up points in Moscow, where they have to sign in at a single centre on Yasnogorskaya Street.""",
        "military",
    ),
    (
        "Electronic summonses and travel bans: Duma passes bill in a day",
        """The State Duma on Tuesday passed a bill introducing electronic military summonses, which will be considered delivered as soon as they appear in a person's account on the state services portal. The bill, introduced that morning as amendments to a different piece of legislation, was approved in its second and third readings within hours, with only one deputy voting against. Those who fail to report to an enlistment office within 20 days will be banned from leaving Russia and restricted from registering businesses, taking out loans or selling property. Andrei Kartapolov, head of the Duma's defence committee, said the measures were needed to "put the registration system in order" and did not mean a new wave of mobilisation. Lawyers said that in practice it will become almost impossible for men of military age to avoid a summons. A unified digital register of those liable for military service is to be launched by the autumn.""",
        "military",
    ),
    (
        "Regions raise sign-up bonuses as army recruitment drive goes on",
        """The Belgorod region has raised the one-off payment for men who sign a contract with the defence ministry to 3 million roubles, regional officials said, joining at least ten regions that have increased bonuses this year. Together with the federal payment of 400,000 roubles and a monthly salary of about 200,000 roubles, a recruit can now earn in a year what a factory worker in the region makes in a decade. Billboards promoting service appear along highways and in metro stations, and recruiters advertise on job sites such as HeadHunter and Avito. Regional budgets spent more than 150 billion roubles on bonuses in the first half of the year, an analysis by the independent outlet Vyorstka found. Some regions offer additional benefits, including free land, places in kindergartens and university places for children. Economists say the payments are pushing up wages across the economy and adding to inflation.""",
        "military",
    ),
    (
        "Victory Day parade on Red Square goes ahead with a single tank",
        """Russia held its annual Victory Day parade on Red Square on Tuesday with a single tank, a T-34 from the Second World War, and no modern armour, in one of the most modest displays in years. About 8,000 troops marched past the Kremlin, including soldiers who had served in Ukraine, the defence ministry said. Air parades were cancelled in Moscow and several other cities, and the authorities gave no reason for the absence of the heavy vehicles usually on show. Putin, speaking before veterans and the leaders of several Central Asian states, said "a real war has been unleashed" against Russia. Parades were cancelled outright in more than 20 regions, including Belgorod, Kursk and Pskov, where officials cited security concerns. The Immortal Regiment march, in which people carry portraits of relatives who fought in the war, was held only online for the second year running.""",
        "military",
    ),
    (
        "Leaders of China and Brazil join Putin for 80th anniversary Victory Day parade",
        """Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva were among more than 20 foreign leaders who watched the Victory Day parade on Red Square on Friday, marking the 80th anniversary of the Soviet victory over Nazi Germany. More than 11,000 troops marched, including a contingent from the Chinese People's Liberation Army and soldiers from Vietnam, Egypt and several former Soviet republics. Tanks, Iskander missile launchers and Yars intercontinental missiles rolled across the square, and a flypast of jets trailed smoke in the colours of the Russian flag. Putin said the whole country supported the participants of the "special military operation" and called them "heroes". The Kremlin had announced a unilateral three-day truce around the anniversary. Security in Moscow was heavy, and mobile internet was restricted in the city centre for most of the day.""",
        "military",
    ),
    (
        "Kaliningrad airport shuts for three days as navy holds Baltic drills",
        """Khrabrovo airport in Kaliningrad will close to civilian flights for three days from Tuesday because of naval and air force exercises in the Baltic Sea, the Federal Air Transport Agency said. Airlines including Aeroflot and Pobeda have cancelled or rescheduled about 40 flights to and from Moscow and St Petersburg, and passengers were offered refunds or seats on the ferry. The Baltic Fleet said more than 30 warships and 20 aircraft were taking part in the exercises, which include firing at sea and air targets. Regional officials said residents should not be alarmed by loud noises over the Curonian Spit. The closure of airspace for drills has become more frequent in the exclave, which borders Poland and Lithuania and has no land connection with the rest of Russia not passing through EU territory. Fishermen were told to stay out of several areas off the coast.""",
        "military",
    ),
    (
        "Russia and Belarus begin Zapad-2025 exercises with nuclear planning phase",
        """Russia and Belarus on Friday began the Zapad-2025 joint military exercises, with about 100,000 troops taking part at ranges in both countries and in the Baltic and Barents seas, the Russian defence ministry said. The exercises include practising the use of nuclear weapons and of the Oreshnik hypersonic missile, Belarusian officials said. Poland closed its border with Belarus for the duration of the drills, and Lithuania and Latvia stepped up patrols. Observers from the United States and several other countries attended part of the manoeuvres at the Borisovsky range in Belarus, a gesture Minsk called proof of transparency. Zapad exercises are held every four years and were last staged in 2021, months before the invasion of Ukraine. NATO said it was monitoring the drills closely and saw no immediate threat to its members.""",
        "military",
    ),
    (
        "Russian military holds tactical nuclear weapons drill in Southern district",
        """Russia's defence ministry said on Tuesday it had begun the first stage of exercises to practise the preparation and use of tactical nuclear weapons, with missile units of the Southern Military District and aircraft taking part. The ministry published footage of Iskander launchers being loaded and of Kinzhal hypersonic missiles being fitted to MiG-31 jets at an airfield. Belarusian units joined the second stage of the exercises. The drills, announced earlier this month, were a response to "provocative statements" by Western officials about sending troops to Ukraine, the ministry said. No weapons were fired, and Western officials said they had seen no change in the readiness of Russia's nuclear forces. Kremlin spokesman Dmitry Peskov said the exercises were "routine" and that Russia's nuclear doctrine had not changed.""",
        "military",
    ),
    (
        "Navy Day: submarine Knyaz Pozharsky commissioned as Putin reviews fleet",
        """Putin reviewed warships on the Neva river in St Petersburg on Sunday at the annual Navy Day parade, after a ceremony at which the Borei-class nuclear submarine Knyaz Pozharsky raised the naval flag. The submarine, which can carry 16 Bulava intercontinental missiles, will join the Northern Fleet, the defence ministry said. More than 40 ships and boats and about 3,000 sailors took part in the parade, and it was also held in Vladivostok, Sevastopol, Kaliningrad and Severomorsk. Putin said the navy would receive more than 30 new ships this year. Spectators lined the embankments despite drizzle, and the Palace Bridge was opened for the ships to pass. In several coastal cities, parades were scaled down or cancelled for security reasons, local officials said.""",
        "military",
    ),
    (
        "Sarmat missile test from Plesetsk, defence ministry says",
        """Russia said on Wednesday it had successfully test-launched a Sarmat intercontinental ballistic missile from the Plesetsk cosmodrome in the Arkhangelsk region, and that its dummy warheads reached their target at the Kura range in Kamchatka. Putin, shown on television being briefed by military commanders, said the missile, known in the West as Satan 2, would make those who threaten Russia "think twice". The test had been planned and the United States was notified in advance under existing arrangements, the Pentagon said. Residents in the Arkhangelsk region reported seeing a bright trail in the sky shortly after 9 a.m. The Sarmat is meant to replace the ageing Voyevoda missiles. Analysts noted that previous tests had been delayed, and that at least one launch appears to have failed.""",
        "military",
    ),
    (
        "Su-34 crashes during training flight in Volgograd region, crew ejects",
        """A Su-34 fighter-bomber crashed in a field in the Volgograd region on Wednesday during a scheduled training flight, the defence ministry said, adding that both crew members ejected safely. The aircraft came down in an unpopulated area and there was no damage on the ground, the ministry said, citing a technical malfunction as the probable cause. A search and rescue team found the pilots about an hour later and took them to the air base at Marinovka. Videos posted by residents showed a column of smoke rising from a wheat field. A commission from the air force has flown to the site to investigate. It was the third crash of a Russian military aircraft outside combat in two months, following the loss of a Su-30 over the Black Sea and of a transport plane during landing in the Ivanovo region.""",
        "accident",
    ),
    (
        "A year after the mutiny, Wagner's men are scattered, its name is quiet",
        """A year ago this week, Wagner fighters seized the army headquarters in Rostov-on-Don and drove to within 200 km of Moscow before Yevgeny Prigozhin called off his march. The group that once numbered tens of thousands of fighters no longer exists in its old form, analysts and former members told the Moscow Times. Many of its men have signed contracts with the defence ministry or joined Rosgvardia, while others moved to the Africa Corps, which has taken over Wagner's operations in Mali, Libya and Burkina Faso. Prigozhin and his top commanders were killed two months after the mutiny when their plane crashed north of Moscow. The mutiny itself is rarely mentioned on state television. In St Petersburg, a makeshift memorial near the former Wagner Centre still gets fresh flowers. "People loved him for saying what they thought," said a retired engineer who comes every week.""",
        "history",
    ),
    (
        "Flowers and Wagner flags at Porokhovskoye cemetery on anniversary of Prigozhin's death",
        """Several hundred people, many of them wearing Wagner insignia, visited the grave of the group's founder Yevgeny Prigozhin at the Porokhovskoye cemetery in St Petersburg on Friday, one year after his private jet crashed in the Tver region. Visitors laid flowers, sledgehammers and a bust of Prigozhin, and some played his recorded speeches on their phones. Dmitry Utkin, the group's military commander, who also died in the crash, is buried at the Federal Military Memorial Cemetery near Moscow. Investigators have never published the conclusions of their inquiry into the crash, which killed all ten people on board. Western officials have said the plane was brought down on the Kremlin's orders, which the Kremlin denies. Police at the cemetery checked the documents of several visitors but no detentions were reported. Memorials were also held in Goryachy Klyuch, where Wagner veterans have a chapel.""",
        "history",
    ),
    (
        "Village in Buryatia builds a new row of graves, and an Alley of Heroes",
        '''In the village of Sosnovo-Ozerskoye, in Buryatia, a new row of graves with photographs of young men in uniform runs along the edge of the old cemetery, and the local school has opened an "Alley of Heroes" with their portraits. The village, with about 5,000 residents, has held more than 30 military funerals since 2022, according to a count by a local teacher. Each is accompanied by an honour guard and a volley of blank shots. Families receive payments from the state and the region that in some cases run to several million roubles, and several have used the money to buy cars or flats in Ulan-Ude. Buryatia has one of the highest numbers of confirmed deaths per head among Russian regions, according to the tally kept by Mediazona and the BBC's Russian service. "Nobody here says war, they say the operation," the teacher said. "But everyone knows where the money comes from."''',
        "history",
    ),
    (
        "Beslan marks 20 years since school siege with bells and white balloons",
        """Hundreds of people gathered at School No 1 in Beslan on Sunday to mark 20 years since the siege in which more than 330 hostages, most of them children, were killed. The names of the dead were read out in the ruined gym, and at 1.05 p.m., the time of the first explosion, 334 white balloons were released into the sky. Relatives laid flowers and bottles of water, recalling that the hostages had been denied water for three days in September 2004. The Mothers of Beslan group has long demanded an independent investigation into the decision to storm the building, and the European Court of Human Rights found in 2017 that Russia had failed to protect the hostages. A new school and a memorial cemetery, the City of Angels, stand nearby. Putin visited Beslan in August, his first visit there since 2004.""",
        "history",
    ),
    (
        "Immortal Regiment moves online again as regions cite security",
        """The Immortal Regiment march, in which millions of Russians used to carry portraits of relatives who fought in the Second World War, will again be held only in online formats this year, its organisers said. Participants can upload photographs to a website and place pictures of their relatives on car windows or on their clothes, the movement's co-chairman Nikolai Zemtsov said. The march was first held in Tomsk in 2012 and grew into a huge state-backed event that Putin himself joined in Moscow. Officials in several regions said the risk of crowds being targeted made large gatherings impossible. Some participants have complained that the march has been turned into a show of support for the current war, with portraits of soldiers killed in Ukraine carried next to those of the veterans. "My grandfather fought fascism, this is about him," said a woman in Tver who printed his photograph on a T-shirt.""",
        "history",
    ),
    (
        "Russia and Ukraine agree 1,000-for-1,000 prisoner swap at Istanbul talks",
        """Russian and Ukrainian delegations agreed on Friday to exchange 1,000 prisoners of war each, in the first direct talks between the two sides in more than three years, the head of the Russian delegation Vladimir Medinsky said. The talks in Istanbul's Dolmabahce palace lasted less than two hours. Medinsky said the sides had also agreed that each would present its vision of a possible future ceasefire in detail, and that he was satisfied with the outcome. Ukraine's defence minister Rustem Umerov said the exchange would take place in the coming days and that Kyiv wanted a meeting between Zelensky and Putin. Turkish Foreign Minister Hakan Fidan, who hosted the meeting, said it had been a good start. No agreement was reached on a ceasefire, and European leaders said they were preparing new sanctions. Families of Russian soldiers held by Ukraine have long lobbied for more exchanges.""",
        "peace",
    ),
    (
        "Putin and Trump meet in Alaska; no ceasefire deal announced",
        """Putin and Donald Trump held nearly three hours of talks at a military base in Anchorage, Alaska, on Friday, their first meeting in person since Trump returned to the White House, but did not announce any agreement on ending the war in Ukraine. Speaking to reporters afterwards, Putin said the two had reached an "understanding" and warned Kyiv and European capitals not to "torpedo the emerging progress". Trump said there was "no deal until there's a deal" and that he would call Zelensky and NATO leaders. Russian state television showed Putin being greeted on a red carpet and riding in the US president's limousine. Kremlin aide Yuri Ushakov said the next meeting could be held in Moscow. In Russia, commentators on state television called the summit a diplomatic victory, and the rouble strengthened slightly on Monday.""",
        "peace",
    ),
    (
        "War drama 'Svidetel' flops at box office despite state funding",
        """"Svidetel" (The Witness), a feature film about a Belgian violinist who finds himself in Kyiv at the start of the war, earned less than 10 million roubles in its first weekend, according to the Russian film industry database, less than a tenth of its budget. The film, financed in part by the Ministry of Culture, portrays Ukrainian soldiers as brutal and was promoted as the first feature about the "special military operation". Cinemas in several cities reported screenings with fewer than five viewers. Its director, David Dadunashvili, blamed "foreign agents" and critics for the poor turnout. Meanwhile, comedies and children's animation dominated the box office. Several other films about the war are in production with funding from the Presidential Fund for Cultural Initiatives, which has made patriotic content a priority.""",
        "entertainment",
    ),
    (
        "Museum of the 'special military operation' opens in Moscow's Victory Park",
        """An exhibition dedicated to Russia's war in Ukraine opened on Thursday at the Victory Museum on Poklonnaya Hill, with captured Western armoured vehicles, uniforms, letters from the front and children's drawings sent to soldiers. Visitors queued to look at a burned Leopard tank and a US-made Bradley fighting vehicle displayed outside the museum. Organisers said more than 1,000 items were on display, some of them brought from the front line. Schoolchildren are to visit the exhibition on organised tours as part of the "Conversations about Important Things" classes introduced in 2022. The museum's director said the exhibition would grow as new artefacts arrived. Critics said it presented a one-sided account of the war and omitted any mention of Russian losses.""",
        "entertainment",
    ),
]
