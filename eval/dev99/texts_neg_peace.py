"""dev99 hard negatives: reconciliation, peace committees, harmony events (peace), anniversaries
of pogroms (history) and films, books and shows about communal violence (entertainment)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Enga clans exchange pigs and cash to end long-running feud",
        "Two clans from Wapenamanda district in Enga Province held a reconciliation ceremony "
        "on Saturday, exchanging more than 300 pigs and K500,000 in cash as compensation for "
        "deaths in a tribal fight that ended last year. Church leaders, the district "
        "administrator and police attended as leaders of both clans broke arrows and shook "
        "hands, the Post-Courier reports. The provincial government said the ceremony should "
        "allow a closed school and health centre to reopen.",
        "peace",
    ),
    (
        "Plateau peace agency meets herders, farmers over grazing routes",
        "The Plateau Peace Building Agency on Thursday brought together leaders of farmers' "
        "associations and Miyetti Allah in Jos to agree on the marking of grazing routes "
        "before the rainy season, Daily Trust reports. Participants agreed that local peace "
        "committees in Riyom and Barkin Ladi would meet every two weeks to settle crop damage "
        "claims. The agency's director said early reporting of disputes was key to 'stopping "
        "small quarrels from becoming crises'.",
        "peace",
    ),
    (
        "Pokot and Turkana elders sign peace pact at Kainuk",
        "Elders from the Pokot and Turkana communities signed a peace pact at Kainuk on "
        "Friday, committing to share water and pasture along the Turkwel river and to return "
        "stolen animals, Nation reports. The two governors, who witnessed the signing, said "
        "they would build a joint market to bring the communities together. Elders cursed "
        "anyone who would break the agreement.",
        "peace",
    ),
    (
        "Murle, Lou Nuer and Dinka Bor leaders agree on return of abducted children",
        "Leaders of the Murle, Lou Nuer and Dinka Bor communities meeting in Bor have agreed "
        "to set up a joint committee to trace and return women and children abducted in past "
        "cattle raids, Radio Tamazuj reports. The conference, supported by UNMISS and church "
        "groups, ended on Thursday with a resolution to register all cattle camps. Delegates "
        "said past agreements had failed for lack of follow-up. The Jonglei governor promised "
        "to fund the committee's travel to cattle camps in Pibor and Akobo, and church leaders "
        "offered to host returned children until their families are found. A follow-up "
        "meeting is planned in Pibor in three months.",
        "peace",
    ),
    (
        "Kurram grand jirga: rival tribes sign agreement to dismantle bunkers",
        "Elders of the rival tribes of Kurram signed a 14-point peace agreement at a grand "
        "jirga in Kohat on Wednesday, agreeing to dismantle private bunkers and hand over "
        "heavy weapons within two weeks, officials said. The agreement also provides for the "
        "reopening of the Parachinar-Thall road under police escort. The provincial "
        "government's spokesman called it 'a day of hope for the people of Kurram', Dawn "
        "reports. The jirga had met on and off for three weeks in Kohat, with members of the "
        "provincial cabinet and elders from neighbouring districts acting as mediators. "
        "Traders in Parachinar said they hoped shops would be restocked within days once the "
        "road opened.",
        "peace",
    ),
    (
        "Meitei, Kuki legislators meet in Delhi for first joint talks",
        "Legislators from Manipur's Meitei, Kuki-Zo and Naga communities met in New Delhi on "
        "Tuesday in the first joint meeting since the ethnic conflict began, with officials "
        "of the Union Home Ministry as interlocutors. Participants said the talks were "
        "'cordial' and agreed to meet again. A statement called on all sides to 'shun "
        "violence' and to allow free movement on the highways.",
        "peace",
    ),
    (
        "Afar and Somali regions agree to joint border committee",
        "The presidents of Ethiopia's Afar and Somali regions agreed in Addis Ababa on "
        "Saturday to set up a joint committee to manage three disputed kebeles and to return "
        "displaced residents to their homes, the Ministry of Peace said. The two sides also "
        "agreed to a joint security arrangement on the Addis-Djibouti road.",
        "peace",
    ),
    (
        "Rizeigat and Fallata hold reconciliation conference in Nyala",
        "Leaders of the Rizeigat and Fallata tribes concluded a reconciliation conference in "
        "Nyala on Monday, agreeing on blood money for those killed in clashes between the two "
        "communities and on routes for nomads' herds, state officials said. The native "
        "administration leaders swore oaths on the Koran to uphold the agreement.",
        "peace",
    ),
    (
        "Ituri: community leaders hold dialogue in Bunia on return of displaced",
        "Hema and Lendu community leaders met in Bunia this week for a dialogue organised by "
        "provincial authorities and the UN mission, aimed at preparing the return of displaced "
        "families to Djugu territory. Participants called for the rebuilding of schools and "
        "health centres and for land disputes to be settled by traditional courts.",
        "peace",
    ),
    (
        "Kandy interfaith gathering marks Vesak and Eid together",
        "Buddhist monks, Muslim clerics, Hindu priests and Catholic clergy gathered at a school "
        "in Kandy on Sunday for a joint celebration of Vesak and Eid, organised by a local "
        "peace committee. Participants shared dates and dansal food and planted a row of bo "
        "saplings. An organiser said the event was meant to show that 'the people of Kandy "
        "live as one family'.",
        "peace",
    ),
    (
        "Nuh residents hold harmony meeting ahead of yatra",
        "Hindu and Muslim residents of Nuh held a 'sadbhavna' meeting at the district "
        "secretariat on Friday, ahead of the Brij Mandal yatra next week, officials said. "
        "Members of the peace committee pledged to welcome the procession with water and "
        "flowers, and the deputy commissioner announced that drones would monitor the route. "
        "Last year's procession ended in clashes that spread to Gurugram and left six people "
        "dead. 'Nuh wants to be known for something else,' said a Meo elder who chaired the "
        "meeting.",
        "peace",
    ),
    (
        "Maluku villages renew 'pela' pact in Ambon ceremony",
        "Residents of a Christian village and a Muslim village on Ambon island renewed their "
        "centuries-old 'pela' brotherhood pact in a ceremony on Saturday, exchanging gifts and "
        "drinking from a shared vessel, local media reported. The governor said the tradition "
        "had helped rebuild trust in Maluku.",
        "peace",
    ),
    (
        "Herders and farmers map grazing zones in Ndop dialogue",
        "Mbororo herders and farmers in Ndop, in Cameroon's North-West region, agreed on new "
        "boundaries between farmland and grazing zones at a dialogue organised by the local "
        "council and a development NGO. The agreement sets out compensation rates for crops "
        "damaged by cattle and establishes a joint committee to hear complaints.",
        "peace",
    ),
    (
        "Forty years on, 1984 survivors gather at Tilak Vihar",
        "Survivors of the 1984 anti-Sikh violence gathered in Delhi's Tilak Vihar, the 'widow "
        "colony', on Friday to mark 40 years since the killings that followed Indira Gandhi's "
        "assassination. Women who lost husbands and sons in Trilokpuri and Sultanpuri read out "
        "names and lit candles. Several said they were still waiting for compensation for "
        "their homes. Nearly 3,000 Sikhs were killed in Delhi alone in the days after the "
        "assassination, according to official figures, as mobs went from house to house. A "
        "former Congress MP is serving a life sentence for his role, but many cases ended "
        "without convictions. 'We have grown old in the courts,' said one of the widows.",
        "history",
    ),
    (
        "Gulberg Society survivors remember 2002 victims",
        "Survivors and relatives of those killed at Gulberg Society in Ahmedabad during the "
        "2002 riots gathered at the burnt-out housing complex on Tuesday to offer prayers on "
        "the 20th anniversary. Many families have not returned since the massacre, and the "
        "houses remain locked. A survivor said the memory was 'as fresh as the smoke that "
        "day'.",
        "history",
    ),
    (
        "Black July: Tamil diaspora marks 40 years since 1983 pogrom",
        "Tamils in Colombo, Jaffna, Toronto and London held vigils on Sunday to mark 40 years "
        "since the anti-Tamil riots of July 1983, in which mobs killed hundreds of Tamils and "
        "burned homes and shops. In Colombo, police stood by as a small group of activists lit "
        "lamps near Borella cemetery. The riots, which began after a Tamil Tigers ambush killed "
        "13 soldiers in Jaffna, are widely seen as the start of the civil war that lasted until "
        "2009. Survivors who fled abroad recalled hiding with Sinhalese neighbours while their "
        "houses burned.",
        "history",
    ),
    (
        "Kaduna recalls 2000 Sharia riots 25 years after",
        "Christian and Muslim leaders in Kaduna on Friday marked 25 years since the riots over "
        "the introduction of Sharia law that killed hundreds in the city, holding joint "
        "prayers at the Interfaith Mediation Centre. Speakers said the city's division into "
        "Muslim and Christian neighbourhoods was a legacy of those days.",
        "history",
    ),
    (
        "Kiambaa church fire victims remembered 15 years on",
        "Families of those burnt to death in the Kiambaa church in Eldoret during the "
        "2007-2008 post-election violence gathered at the rebuilt church on Monday to "
        "remember them. A memorial plaque bearing 35 names was unveiled. Relatives said the "
        "country had not yet come to terms with what happened.",
        "history",
    ),
    (
        "Rohingya refugees mark seventh 'Genocide Remembrance Day' in Cox's Bazar",
        "Thousands of Rohingya refugees gathered in the camps of Cox's Bazar on Sunday to mark "
        "seven years since the military crackdown of August 2017 that drove more than 700,000 "
        "people from Myanmar. Speakers demanded a safe return with citizenship rights, and "
        "children carried placards reading 'We want to go home'.",
        "history",
    ),
    (
        "Muzaffarnagar riots, ten years on: displaced families in resettlement colonies",
        "Ten years after the riots in Muzaffarnagar and Shamli, hundreds of Muslim families "
        "who fled their villages still live in resettlement colonies built with donations, "
        "the Indian Express found. Most have never gone back to sell their land. Of the cases "
        "registered after the violence, many have ended in acquittals. In Kandhla, residents of "
        "one colony said they had no drainage and no school, and that their children now "
        "worked in brick kilns.",
        "history",
    ),
    (
        "MST marches to mark Eldorado dos Carajás anniversary",
        "Thousands of members of the Landless Workers' Movement marched in Pará on Wednesday "
        "to mark the anniversary of the 1996 Eldorado dos Carajás massacre, in which military "
        "police killed 19 landless workers. The march ended at the monument of burnt "
        "chestnut trees at the site of the killings.",
        "history",
    ),
    (
        "Riot drama 'Smoke Over Ward 9' opens to full houses",
        "'Smoke Over Ward 9', a Hindi film following two neighbours, a Hindu and a Muslim, "
        "through three days of communal riots in a fictional north Indian town, opened to "
        "full houses on Friday. The director said he had interviewed survivors of several "
        "riots while writing the script. Critics praised the lead performances but said the "
        "second half 'loses its nerve'. The film's scenes of mobs torching shops were shot on "
        "a set in Film City, Mumbai, and the censor board cleared it with two cuts. Trade "
        "analysts expect an opening weekend of about 40 crore rupees.",
        "entertainment",
    ),
    (
        "Documentary on farmer-herder conflict premieres in Lagos",
        "'Grass and Blood', a documentary following a Berom farmer and a Fulani herder in "
        "Plateau State over two rainy seasons, premiered at a film festival in Lagos on "
        "Saturday. The filmmaker said she wanted to show 'the people behind the headlines "
        "about clashes'. The film will screen in Jos next month.",
        "entertainment",
    ),
    (
        "PNG novel about tribal warfare wins Crocodile Prize",
        "A novel about a young man drawn into a tribal war in the Highlands has won this "
        "year's Crocodile Prize for fiction, the organisers announced in Port Moresby. The "
        "judges said 'The Arrow's Return' captured 'the cost of payback for mothers and "
        "sons'.",
        "entertainment",
    ),
    (
        "Streaming series set during 2020 Delhi riots draws political row",
        "A streaming series set in northeast Delhi during the 2020 riots has drawn criticism "
        "from politicians on both sides, who accused its makers of bias, after the trailer was "
        "released on Monday. The producers said the eight-episode drama was fiction and "
        "'about friendship under fire'.",
        "entertainment",
    ),
    (
        "Colombo play revisits 1983 through a family's eyes",
        "A new Sinhala-Tamil bilingual play staged at the Lionel Wendt Theatre tells the story "
        "of a Sinhalese family that hid its Tamil neighbours during the riots of July 1983. "
        "The cast of 12 includes actors from Jaffna and Colombo.",
        "entertainment",
    ),
    (
        "Brazilian western about land conflict wins award at Cannes",
        "'Terra em Brasa', a Brazilian film about a family of landless workers facing ranchers' "
        "gunmen in the Amazon frontier, won the jury prize at Cannes on Saturday. The director "
        "dedicated the award to rural activists killed in land conflicts.",
        "entertainment",
    ),
    (
        "Photo exhibition on Manipur relief camps opens in Kolkata",
        "An exhibition of photographs from relief camps in Manipur opened at a gallery in "
        "Kolkata on Saturday, showing children studying in school halls and women cooking in "
        "community kitchens. The photographer spent six months in camps in Churachandpur and "
        "Bishnupur.",
        "entertainment",
    ),
]
