"""eval/dev90 positives, items 14 to 26 (layout: texts_pos_items_1_13.py)."""

POSITIVES = [
    # last: the drone strike on the Khor Mor gas field; item 5 of 5, 2 conflict sentence(s)
    (
        (
            "Middle East roundup: Lebanon's new cabinet, Saudi tourism numbers, a drone strike on "
            "Kurdistan's Khor Mor gas field"
        ),
        (
            "Lebanon's new cabinet won a vote of confidence in parliament on Wednesday, with 95 "
            "of the 128 deputies backing a programme that promises to restructure the banks and "
            "bring all weapons under state control. Saudi Arabia said it received 30 million "
            "international visitors last year, ahead of its target, with religious tourism "
            "accounting for just over half. Egypt's annual urban inflation eased to 13.6%, the "
            "lowest in almost three years, raising expectations of a rate cut at the central "
            "bank's next meeting. In Jordan, the government extended the tender for the "
            "Aqaba-Amman water pipeline by three months. Late on Thursday, an explosive-laden "
            "drone struck a storage tank at the Khor Mor gas field in Iraq's Kurdistan region, "
            "starting a fire that cut gas supplies to power stations and left large parts of the "
            "region with only a few hours of electricity a day, the regional government said. "
            "Nobody has claimed the attack, the latest in a series on the field, which Kurdish "
            "officials have blamed on armed factions based elsewhere in Iraq."
        ),
        "E",
        "drone attack",
    ),
    # middle: the third night of rioting in Ballymena and Larne and the migrant families who fled;
    # item 3 of 4, 5 conflict sentence(s)
    (
        (
            "Europe briefing: EU migration pact deadlines, Spain's June heat, a third night of "
            "rioting in Ballymena"
        ),
        (
            "Brussels: interior ministers met to review how far member states have come in "
            "preparing for the migration and asylum pact, which takes effect next June; several "
            "countries said their border screening centres would not be ready. Spain: the state "
            "weather agency said last month was the hottest June on record, with an average "
            "temperature of 23.6C, and warned of more heat in July. Northern Ireland: rioting in "
            "Ballymena went into a third night on Wednesday, as masked crowds threw petrol bombs, "
            "bricks and fireworks at police lines and set fire to a leisure centre in nearby "
            "Larne that had housed families moved out of their homes. Police said 41 officers had "
            "been injured since Monday and 15 people arrested, and they used water cannon and "
            "baton rounds to push rioters back. Several families from Roma and other migrant "
            "communities fled the town after their front doors were attacked, and some have been "
            "put up in emergency accommodation. The disorder began after a protest over an "
            'alleged sexual assault in the town. The First Minister called the violence "racist '
            'thuggery". Poland: the central bank cut its main rate by 25 basis points to 5%.'
        ),
        "U V D",
        "riot",
    ),
    # whole: the storming of Kenya's parliament and the police's live fire across the country;
    # item 1 of 1, 9 conflict sentence(s)
    (
        "Kenya finance bill protests: what we know so far after parliament was breached",
        (
            "Thousands of protesters broke through police lines and into the grounds of Kenya's "
            "parliament in Nairobi on Tuesday, shortly after MPs voted to pass a finance bill "
            "that raises taxes on bread, mobile money and imported goods. Here is what we know. "
            "Part of the parliament building was set on fire, and the ceremonial mace was "
            "reported missing, while MPs were evacuated through a tunnel. Police fired tear gas, "
            "water cannon and then live rounds in the streets around parliament; the Kenya "
            "National Commission on Human Rights said at least 17 people were killed across the "
            "country and 160 injured, and rights groups counted dozens of arrests. The fire "
            "department said a wing of City Hall also caught fire. Protests spread to Mombasa, "
            'Kisumu, Eldoret and Nakuru. President William Ruto called the events "treasonous" '
            "and deployed the army to support the police, a decision the Law Society has "
            "challenged in court. The youth-led movement, which organised largely on social "
            "media, says it will return to the streets on Thursday. What we don't know: how many "
            "people remain in custody, and whether the president will sign the bill."
        ),
        "U",
        "crackdown",
    ),
    # first: the curfew after deadly clashes over job quotas in Bangladesh; item 1 of 4, 4
    # conflict sentence(s)
    (
        (
            "Dhaka morning headlines: curfew after deadly campus clashes, garment exports, Padma "
            "rail link"
        ),
        (
            "Bangladesh woke up under a nationwide curfew on Saturday after a fourth day of "
            "clashes between students protesting against quotas in government jobs and police and "
            "supporters of the ruling party. Hospitals in Dhaka reported dozens of dead since "
            "Tuesday, many with gunshot wounds, and the state broadcaster's building in Rampura "
            "was set on fire by a crowd on Thursday. Soldiers patrolled the capital's main roads "
            "overnight and mobile internet remained cut. The government said the curfew would be "
            "relaxed for two hours in the afternoon so people could buy food. In business news, "
            "garment exports rose 3% in the last fiscal year to $38 billion, the export promotion "
            "bureau said, though factory owners warned that the shutdown would delay shipments. "
            "Railway officials said the new rail link across the Padma bridge will carry its "
            "first freight train next month. Weather: light rain in Dhaka with a high of 31C."
        ),
        "U",
        "crackdown",
    ),
    # middle: arson, looting and tear gas in Indonesia's riots; item 4 of 8, 4 conflict
    # sentence(s)
    (
        (
            "The news at six: Canberra's housing bill, a record wheat harvest, riots in Jakarta "
            "after a delivery rider's death"
        ),
        (
            "Good evening. The government's housing bill has passed the Senate after a deal with "
            "the Greens that adds 3 billion dollars for public housing, and the first projects "
            "could be approved by Christmas. ABARES says this year's wheat harvest is on track "
            "for a record 36 million tonnes on the back of good winter rains in Western "
            "Australia. The Reserve Bank's governor says she is in no hurry to cut rates again. "
            "In Indonesia, protesters set fire to a regional parliament building in Makassar and "
            "looted the homes of several lawmakers in Jakarta as anger over MPs' housing "
            "allowances boiled over into a fourth day of riots. The unrest spread after a police "
            "armoured vehicle ran over and killed a motorcycle delivery rider during a protest in "
            "the capital on Thursday. Police have used tear gas and arrested more than 1,200 "
            "people, and at least three people died in the Makassar fire. The Foreign Affairs "
            "Department has updated its travel advice for Indonesia. In sport, the Matildas have "
            "named their squad for next month's friendlies in Europe. In the markets, the ASX 200 "
            "closed down 0.3%, and the Australian dollar is buying 65 US cents. And the weather: "
            "showers in Melbourne, fine in Sydney, with a top of 21."
        ),
        "U",
        "riot",
    ),
    # middle: the M23 push into Goma, its shelling, the wounded, the uprooted camps and the halted
    # aid; item 3 of 8, 5 conflict sentence(s)
    (
        ("East Africa week: Tanzania's tourist record, Uganda's pipeline, M23 fighters enter Goma"),
        (
            "Tanzania welcomed a record 2.1 million international tourists last year, the tourism "
            "ministry said, with Zanzibar's beaches and the northern safari circuit drawing most "
            "visitors. In Uganda, the East African Crude Oil Pipeline company said construction "
            "was about 60% complete and the first oil could flow next year. The week's biggest "
            "story came from eastern Congo, where M23 rebels, backed by Rwandan troops according "
            "to UN experts, pushed into Goma on Monday after days of fighting on the city's "
            "outskirts. Heavy gunfire and shelling were heard around the airport and the central "
            "market, bodies lay in several streets and hospitals were overwhelmed with wounded, "
            "the ICRC said. Hundreds of thousands of people who had already fled earlier fighting "
            "were uprooted again from camps around the city, and water and electricity were cut. "
            "The UN said peacekeepers from South Africa and Malawi were among those killed in the "
            "fighting. Aid agencies said they had suspended most of their operations in the city, "
            "and the World Food Programme said its warehouses near the airport had been looted, "
            "while thousands of people crossed into Gisenyi in Rwanda to escape the shelling. In "
            "Kenya, the shilling held steady and the central bank cut its benchmark rate for a "
            "third time, to 11.25%, citing slowing inflation and the need to support "
            "private-sector lending, which has barely grown in a year. Ethiopia's parliament "
            "approved a revised budget that raises spending on fertiliser imports and debt "
            "service, and the finance minister said the birr's float had narrowed the gap between "
            "the official and parallel exchange rates to under 5%. South Sudan's oil exports "
            "through Port Sudan resumed after a pipeline repair, the petroleum ministry said, "
            "bringing the country's output back to about 150,000 barrels a day. Burundi began "
            "distributing fuel rations to public transport operators after another month of "
            "shortages in Bujumbura. The presidents of Rwanda and Congo are due at an emergency "
            "summit of the East African Community in Dar es Salaam on Wednesday."
        ),
        "B E D H",
        "rebel offensive",
    ),
    # last: RSF shells on the Saudi Hospital in besieged El Fasher; item 4 of 4, 3 conflict
    # sentence(s)
    (
        (
            "Global health newsletter: a malaria vaccine milestone, mpox cases fall, shells hit "
            "El Fasher's last hospital"
        ),
        (
            "This week in global health. Nigeria became the 20th African country to roll out a "
            "malaria vaccine, beginning with children in Kebbi and Bayelsa states, and Gavi said "
            "10 million doses have now been delivered across the continent. WHO reported that new "
            "mpox cases in Central Africa fell for a sixth week, though testing remains patchy in "
            "rural areas. A study in The Lancet found that one in four antibiotic prescriptions "
            "in European primary care were unnecessary. And in Sudan, shells fired by the Rapid "
            "Support Forces struck the Saudi Hospital in El Fasher on Friday, killing nine "
            "patients and a nurse and forcing staff to move the remaining patients into "
            "corridors, the Sudan Doctors Network said. It is the last functioning public "
            "hospital in the besieged city, where the paramilitary force has been attacking army "
            "positions for more than a year. The World Health Organization said it had verified "
            "more than 150 attacks on health care in Sudan since the war began."
        ),
        "E V H",
        "shelling of hospital",
    ),
    # middle: the Druze-Bedouin fighting in Sweida, kidnappings and the army sent in; item 2 of 5,
    # 2 conflict sentence(s)
    (
        (
            "World in brief: Chile pension reform passes, Sweida clashes kill dozens, Ghana ends "
            "gold-for-oil"
        ),
        (
            "Chile's Congress approved a pension overhaul after two years of negotiations, "
            "raising employers' contributions by seven percentage points over nine years. In "
            "southern Syria, fighting between Druze gunmen and Bedouin tribal fighters in Sweida "
            "province killed at least 37 people on Sunday and Monday, the Syrian Observatory for "
            "Human Rights said, and the defence ministry sent army units and tanks into the area "
            'to "end the clashes". Residents described kidnappings on the Damascus road and said '
            "several families had fled their villages west of the provincial capital. Ghana said "
            "it will end its gold-for-oil barter scheme, which it started three years ago to save "
            "foreign currency, after the cedi's recovery. In Canada, the city of Ottawa said its "
            "light-rail line would reopen in stages. Norway's sovereign wealth fund reported a "
            "first-half return of 4.4%."
        ),
        "B M D V",
        "communal clashes",
    ),
    # whole: India's missile strikes in Pakistan and Pakistani shelling across the Line of
    # Control; item 1 of 1, 7 conflict sentence(s)
    (
        (
            "India-Pakistan live: what happened overnight after Indian missile strikes and "
            "shelling along the Line of Control"
        ),
        (
            "If you are just joining us, here is a summary of the main events. India said it had "
            "struck nine sites in Pakistan and Pakistan-administered Kashmir in the early hours "
            'of Wednesday, calling them "terrorist infrastructure" used to plan the attack on '
            "tourists in Pahalgam two weeks ago. Pakistan's military said 26 civilians, including "
            "children, were killed when missiles hit mosques and homes in Bahawalpur, Muridke and "
            "Muzaffarabad, and that it had shot down several Indian aircraft, a claim India has "
            "not confirmed. Across the Line of Control, Pakistani artillery shelled the Poonch "
            "and Tangdhar sectors through the morning, killing at least 12 civilians on the "
            "Indian side, including a family of four in Poonch town, officials said. Authorities "
            "on both sides moved thousands of residents from border villages to schools and "
            "community halls. Airports across northern India were closed and Pakistan suspended "
            "flights from Lahore and Islamabad. The United Nations Secretary-General urged "
            '"maximum military restraint".'
        ),
        "E M D",
        "missile strikes",
    ),
    # first: the Thai-Cambodian border fighting, rockets, air strikes and evacuations; item 1 of
    # 3, 5 conflict sentence(s)
    (
        (
            "Your Friday briefing: Thai and Cambodian forces fight on the border, a tariff "
            "deadline looms, Japan's vote"
        ),
        (
            "Good morning. We're covering deadly fighting on the Thailand-Cambodia border, the "
            "approaching US tariff deadline and a setback for Japan's governing coalition. Thai "
            "and Cambodian troops fought along several stretches of their disputed border on "
            "Thursday, in the worst clashes between the neighbours in more than a decade. "
            "Thailand said Cambodian rockets hit a petrol station and an area near a hospital in "
            "Sisaket province, killing at least 11 civilians, and its air force sent F-16 jets to "
            "bomb Cambodian military positions. Cambodia said Thai troops had attacked first near "
            "an ancient temple and that its forces were acting in self-defence. More than 40,000 "
            "people were evacuated from villages on the Thai side, and Cambodian officials said "
            "thousands had also left homes in Oddar Meanchey. The two governments have recalled "
            "their ambassadors. Elsewhere, the August 1 deadline for dozens of countries to reach "
            "trade deals with Washington is a week away, and officials in Seoul and Taipei said "
            "talks were going to the wire. In Japan, the governing coalition lost its majority in "
            "the upper house in Sunday's election; the prime minister said he would stay on."
        ),
        "B E M D",
        "border clashes",
    ),
    # last: troops retaking Guayaquil's Litoral prison after a night-long gun battle with gangs;
    # item 4 of 4, 3 conflict sentence(s)
    (
        (
            "Andes roundup: Peru's new mining code, Bolivia's fuel queues, troops retake "
            "Guayaquil prison after gun battle"
        ),
        (
            "Peru's congress passed a new mining code that gives small-scale miners two more "
            "years to formalise their claims, a move critics say will shield illegal gold "
            "operations in the Amazon. In Bolivia, lorry drivers waited up to three days for "
            "diesel in Santa Cruz as the state oil company struggled to import enough fuel with "
            "the country's dwindling dollars. Colombia's coffee growers' federation raised its "
            "harvest forecast to 14 million bags. In Ecuador, soldiers and police took back "
            "control of the Litoral penitentiary in Guayaquil on Wednesday after a gun battle "
            "with members of the Los Lobos and Los Choneros gangs that lasted through the night. "
            "The prison service said 15 inmates were killed, some of them by rival gangs before "
            "troops entered, and two soldiers were wounded by grenade fragments. President Daniel "
            "Noboa, who has declared the gangs terrorist organisations and the country in "
            '"internal armed conflict", said the military would remain in charge of the prison '
            "indefinitely."
        ),
        "B M E",
        "prison battle",
    ),
    # middle: a Russian missile on a Kyiv software office, killing two employees; item 5 of 10, 2
    # conflict sentence(s)
    (
        (
            "The tech week: Nvidia's chip export licence, a European AI act delay, and a missile "
            "hits a Kyiv software office"
        ),
        (
            "Nvidia said it had received a US licence to resume sales of a cut-down AI chip to "
            "China, sending its shares up 4% and reviving a debate in Washington about how far "
            "export controls should go. In Brussels, the European Commission proposed delaying "
            "parts of its AI Act covering high-risk systems by a year, after lobbying from "
            "companies that said the rules were still unclear. Apple's new phone went on sale, "
            "with analysts saying early orders for the thinner model were stronger than expected. "
            "Samsung reported its best quarterly chip profit in three years, helped by demand for "
            "high-bandwidth memory. In Ukraine, a Russian ballistic missile struck an office "
            "building in Kyiv's Podil district on Tuesday night that housed a software company's "
            "development team, killing two employees on a late shift and injuring 11, city "
            "officials said. The company, which builds banking apps for clients in Europe, said "
            "staff would work from home for the foreseeable future. Also in the news: a British "
            "chip design start-up raised 200 million dollars from investors led by a Japanese "
            "bank. Meta said it would start charging for an ad-free version of its apps in the "
            "UK. Spotify raised its prices in several European markets. The US Federal Trade "
            "Commission opened an inquiry into children's use of AI chatbots. And Amazon said its "
            "first batch of satellites for its internet service were working as planned."
        ),
        "E",
        "missile strike",
    ),
    # middle: FARC dissidents shooting dead two park rangers in Chiribiquete; item 3 of 5, 2
    # conflict sentence(s)
    (
        (
            "Climate and nature roundup: Bonn talks stall, a record glacier melt, two park "
            "rangers killed in Colombia's Amazon"
        ),
        (
            "Negotiators left the mid-year climate talks in Bonn without agreement on how to "
            "track progress toward the finance goal set last year, leaving the hardest questions "
            "for the next summit in Belém. Swiss glaciers lost 3% of their remaining volume this "
            "year, the second-worst melt on record after 2022, the monitoring network GLAMOS "
            "said. In Colombia, two park rangers were shot dead in Chiribiquete National Park by "
            "gunmen from a FARC dissident faction that controls the surrounding area, the "
            "national parks service said, and their colleagues have been withdrawn from two "
            "stations. The faction had warned rangers to stop reporting illegal clearings for "
            "cattle ranching. The European Union's deforestation law, which bars the import of "
            "products grown on land cleared after 2020, was delayed by another year. And in good "
            "news, researchers in Kenya counted 16,000 elephants in the Tsavo ecosystem, up from "
            "14,000 in 2021."
        ),
        "V",
        "killing of park rangers",
    ),
]
