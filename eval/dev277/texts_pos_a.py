"""dev277 positives, part A: the DRC, Rwanda, Burundi, Uganda and South Sudan."""

POSITIVES = [
    (
        "Beni: at least 23 civilians killed in ADF night raid on Mangodomu",
        """At least 23 civilians were killed overnight from Monday to Tuesday in an attack attributed to ADF rebels on the village of Mangodomu, in the Beni-Mbau sector of North Kivu, local civil society sources told Radio Okapi. The assailants arrived around 9pm, armed with machetes and a few firearms, and went from house to house. Several victims were tied up before being killed, according to the president of the local youth council. Eleven houses and a health post were set on fire. The Ugandan-born group, which pledged allegiance to the Islamic State in 2019 and is described by Kinshasa as a terrorist organisation, has stepped up attacks in the area since the start of the year. "We buried 19 bodies this morning and we are still searching the bush," a local chief said by telephone. The army spokesman for the Sokola 1 operations said troops had been deployed to track the attackers towards the Mwalika forest. Hundreds of residents have since fled towards Oicha and Beni town, where displaced families are sleeping in churches and schools.""",
        "V T D M",
        "massacre",
    ),
    (
        "Goma: M23 fighters enter the city, heavy gunfire near the airport",
        """Heavy gunfire and explosions shook Goma on Monday as M23 rebels, backed according to the UN by Rwandan troops, pushed into the capital of North Kivu after weeks of fighting around Sake. Witnesses reported fighters walking along the main road towards the airport while army units and Wazalendo militiamen retreated towards the town centre. Shells fell in the neighbourhoods of Katindo and Himbi, and the CBCA Ndosho hospital said it had received more than 150 wounded since Sunday night, many of them women and children. The International Committee of the Red Cross said its surgical teams were overwhelmed. Electricity and water were cut across much of the city. Several thousand people crossed into Gisenyi in Rwanda through the Grande Barrière, while others fled towards the shores of Lake Kivu. The UN mission said some of its peacekeepers had been killed in the fighting but did not give a figure. Kinshasa accused Kigali of a "declaration of war" and recalled its diplomats.""",
        "B E D H",
        "offensive",
    ),
    (
        "Djugu: CODECO militiamen attack Plaine Savo camp, dozens dead",
        """At least 46 displaced people, most of them women and children, were killed on Sunday night in an attack on the Plaine Savo displacement site in Djugu territory, Ituri province, local authorities and the UN said. The assailants, identified by the army as members of the CODECO armed group, burst into the camp around 11pm and attacked residents with machetes and guns before setting shelters on fire. The head of the site said some 3,000 displaced people lived there, most of them from the Hema community. The Bule hospital received 16 wounded in the hours that followed. "They targeted the tents where children were sleeping," a survivor said from his bed in the hospital. The army said it had launched a pursuit and killed two attackers. MONUSCO condemned what it called a deliberate attack on civilians who had already fled violence, and said blue helmets had been deployed around the camp. Many of the survivors have moved to Bule, where aid agencies warn they have no food or shelter.""",
        "V D H M B",
        "camp_attack",
    ),
    (
        "Masisi: fighting between M23 and Wazalendo drives thousands towards Sake",
        """Fierce fighting between M23 rebels and the Wazalendo armed groups allied with the government has been raging since Thursday morning around the villages of Kibarizo and Kingi, in Masisi territory, local sources said. Heavy weapons were heard from Sake, about 20 kilometres away. The rebels took control of the Kibarizo hill on Friday afternoon after the volunteers withdrew, according to a civil society leader in Kamuronza. At least seven civilians were killed by stray bullets and bombs, the administrator's office said. Thousands of residents fled with mattresses and goats towards Sake and the Bulengo camps on the outskirts of Goma. "The road is full of people walking, there is no room left in the schools," a Caritas worker said. The FARDC spokesman in North Kivu said the army was "containing the enemy" and accused Rwanda of supplying the rebels with artillery. The UN refugee agency has counted more than 135,000 newly displaced people in Masisi since the beginning of the month.""",
        "B E D",
        "clashes",
    ),
    (
        "Stray shells from Goma fighting kill five in Rubavu",
        """Five people were killed and at least 35 wounded in Rubavu district on Monday when shells fired from across the border in the Democratic Republic of Congo landed in residential areas, the Rwanda Defence Force said. The shells hit homes and a market in the Nyamyumba and Gisenyi sectors as fighting between the Congolese army and M23 rebels raged in neighbouring Goma. RDF spokesperson Brig Gen Ronald Rwivanga accused the Congolese army and its allies of "deliberately shelling" Rwandan territory. Residents said the bombardment started shortly after midday and went on for about an hour. Schools were closed and some families moved to relatives in Musanze. Rubavu hospital said most of the wounded had shrapnel injuries and that 12 needed surgery. Kinshasa did not immediately comment. It is the second time in three days that Rubavu has been hit, the district mayor said.""",
        "E D",
        "shelling",
    ),
    (
        "Kwamouth: Mobondo militiamen burn villages, residents flee to Bandundu",
        """Attacks by Mobondo militiamen in Kwamouth territory, Maï-Ndombe province, have left at least 14 people dead since Saturday, according to local officials. The assailants, armed with guns, machetes and bows, attacked the villages of Masia-Mbe and Bukanga Lonzo, burning dozens of huts and looting livestock. The violence is part of the conflict between Teke and Yaka communities that broke out in 2022 over land and customary rents. A priest in the area said two women were beheaded in front of their children. "The militiamen say they will drive out everyone who does not belong to their community," he said. Soldiers sent from Kinshasa clashed with the militiamen near Menkao on Sunday, the army said, killing four of them. More than 2,000 people have fled by canoe across the Kwa river towards Bandundu, the provincial humanitarian coordinator said. Health centres in the area have been closed since the attacks.""",
        "V B D M",
        "militia_attack",
    ),
    (
        "Goma protesters attack MONUSCO bases, 15 killed including three peacekeepers",
        """At least 15 people, among them three UN peacekeepers, were killed on Tuesday as protests against the UN mission in eastern Congo turned violent for a second day. In Butembo, demonstrators stormed a MONUSCO base and a peacekeeper fired on the crowd, according to local officials, while in Goma protesters looted a UN logistics warehouse and set fire to vehicles. Police fired tear gas and live rounds to disperse crowds in the Katindo neighbourhood. Three peacekeepers, two from India and one from Morocco, died in Butembo when the base was overrun, the UN said. Government spokesman Patrick Muyaya said five civilians had been killed in Goma and seven in Butembo, and about 50 injured. The protests were called by youth groups accusing the mission of failing to stop rebel violence after two decades of deployment. The UN Secretary-General condemned the attacks and called for an investigation into the shootings.""",
        "U",
        "riot",
    ),
    (
        "Gatumba attack: Burundi blames RED-Tabara for killing of 20",
        """Twenty people, including twelve children and a pregnant woman, were killed on Friday evening in an attack in Vugizo, a village in Gatumba zone near the border with the Democratic Republic of Congo, the Burundian government said. Gunmen opened fire on residents and set houses on fire before crossing back over the Rusizi river, survivors told reporters. Government spokesman Jérôme Niyonzima said the RED-Tabara rebel group was responsible and described the attack as "a terrorist act against innocent civilians". The rebels, who are based in South Kivu, claimed on X that they had attacked a border post and killed nine soldiers and a police officer, and denied targeting civilians. Nine injured people were taken to hospitals in Bujumbura. President Évariste Ndayishimiye accused Rwanda of backing the group, which Kigali denied. Residents of Vugizo spent the night in a local church for fear of another attack.""",
        "V T",
        "attack",
    ),
    (
        "Musanze: 14 killed as armed men attack villages near Volcanoes park",
        """Fourteen people were killed and 18 injured when armed men attacked villages in Kinigi sector, Musanze district, overnight on Friday, the Rwanda National Police said. The attackers, armed with machetes, knives and guns, went from house to house and looted shops before fleeing towards the Volcanoes National Park. Police spokesman John Bosco Kabera said security forces pursued the group and killed 19 of the attackers, while five others were captured. Authorities said the assailants belonged to RUD-Urunana, a group linked to the FDLR rebels based in eastern Congo. Residents said the attack began around 10pm and lasted about two hours. "They were killing people with clubs so that no one would hear," a woman whose husband was killed told the New Times. The injured were taken to Ruhengeri hospital. Tourism officials said gorilla trekking was continuing normally.""",
        "V B M",
        "attack",
    ),
    (
        "Kasese: ADF rebels kill 42 at Mpondwe school",
        """Forty-two people, 37 of them students, were killed late on Friday when ADF rebels attacked Lhubiriha Secondary School in Mpondwe, Kasese district, close to the border with the Democratic Republic of Congo, police said. The attackers burnt a dormitory with boys locked inside and hacked girls to death with machetes as they tried to flee, according to army and local officials. Six students were abducted and taken across the border towards Virunga National Park. Police described the attack as "a terrorist act" and said the rebels had been in the area for two days. The Islamic State-linked group has been based in eastern Congo since the 1990s. The UPDF said it had deployed more troops along the border and was pursuing the attackers with air support. Bwera hospital said eight injured people were being treated. "We have lost our children," the school's headteacher said outside the burnt building.""",
        "V T M",
        "attack",
    ),
    (
        "Twin suicide blasts rock Kampala, three killed near Parliament",
        """Two explosions ripped through central Kampala on Tuesday morning, killing three people and injuring at least 33, police said. The first blast went off at a checkpoint near the Central Police Station and the second minutes later on Parliament Avenue, close to the entrance of the legislature. Police spokesman Fred Enanga said both were suicide attacks carried out by three bombers on foot and on motorcycles, and that a third attacker had been shot by officers as he tried to detonate a device. The Islamic State group said it was behind the bombings, which authorities linked to the ADF. Parliament suspended its sitting and MPs were evacuated. Most of the injured were taken to Mulago hospital, where doctors said several were in critical condition. Two weeks earlier, a bomb had killed a waitress at a roadside eatery in Komamboga. Security was tightened at bus parks and government buildings across the city.""",
        "E T",
        "suicide_bombing",
    ),
    (
        "UPDF jets strike ADF camps in Congo as joint offensive begins",
        """Ugandan fighter jets and artillery on Tuesday pounded camps of the Allied Democratic Forces in eastern Congo, in the first day of a joint offensive agreed with Kinshasa, the UPDF said. Army spokesman Brig Flavia Byekwaso said the strikes hit targets in the Yayuwa, Kambi ya Yua, Tondoli and Beni areas, and that ground forces had crossed the border at Nobili. "We have conducted air and artillery strikes against ADF camps with our Congolese partners," she said on Twitter. Residents of Kamango reported hearing heavy explosions from early morning. The operation, code-named Shujaa, followed bombings in Kampala that Uganda blamed on the group. Congolese army spokesman Gen Léon-Richard Kasonga said the two armies would "jointly pursue the terrorists" in North Kivu and Ituri. Civil society leaders in Beni urged both armies to protect civilians, fearing reprisals against villages near the forest. It was not immediately clear how many fighters were killed.""",
        "M E",
        "air_strike",
    ),
    (
        "Nasir: White Army overruns SSPDF barracks after days of clashes",
        """Armed youth of the White Army on Tuesday overran a South Sudan People's Defence Forces garrison in Nasir, Upper Nile State, after three days of clashes, officials said. Information minister Michael Makuei said an army general and several soldiers were killed when the base was attacked, and blamed the SPLM-IO of First Vice-President Riek Machar, which denied any role. Residents said fighting spread to the town market and that many civilians fled to the Ethiopian border. A UN helicopter sent to evacuate wounded soldiers came under fire on Friday, killing a crew member, UNMISS said. Days later, the government air force began dropping improvised barrel bombs on villages around Nasir and Ulang, according to witnesses and aid agencies. Médecins Sans Frontières said its hospital in Ulang had received patients with burns. The UN refugee agency said about 10,000 people had crossed into Gambella region of Ethiopia. Police arrested the petroleum minister and several SPLM-IO officials in Juba.""",
        "B E D M",
        "clashes",
    ),
    (
        "Pibor: armed youth abduct women and children in Jonglei raids",
        """Armed youth from Jonglei State have attacked several villages in the Greater Pibor Administrative Area, killing at least 32 people and abducting dozens of women and children, local officials said on Thursday. The attackers, who numbered several thousand according to UNMISS, also drove away tens of thousands of cattle. The Pibor County commissioner said the raiders burned the village of Gumuruk and attacked people who had fled into the bush. Women and children were taken away, some of them on foot towards Lekuangole, he said. The UN mission said it had sent peacekeepers to Gumuruk and was working with local authorities to negotiate the return of those abducted. Aid agencies reported that more than 20,000 people had fled to Pibor town, where a Médecins Sans Frontières clinic was treating gunshot wounds. The raids come during the dry season, when cattle raiding between Lou Nuer, Dinka Bor and Murle groups usually increases.""",
        "V D",
        "cattle_raid",
    ),
    (
        "Renk overwhelmed as thousands cross from war-torn Sudan",
        """More than 2,000 people a day are arriving in the border town of Renk, in South Sudan's Upper Nile State, as they flee fighting between the Sudanese army and the Rapid Support Forces, the UN refugee agency said. Most are South Sudanese who had lived in Khartoum for years, along with Sudanese refugees and Eritreans. A transit centre built for 3,000 people now holds nearly 14,000, according to the International Organization for Migration. Many arrived after days on the road, with little food and some with gunshot wounds. "We ran when the RSF entered our neighbourhood," said a mother of five who had walked to the Joda crossing. Cholera and measles cases have been reported in the transit site, the health ministry said. Barges are carrying some families up the Nile to Malakal. The World Food Programme said it was short of funds to feed the new arrivals.""",
        "D H",
        "displacement",
    ),
    (
        "Nyakabande transit centre fills as Congolese flee Bunagana fighting",
        """Uganda's Nyakabande transit centre in Kisoro district has received more than 8,000 Congolese refugees since Sunday, when M23 rebels attacked Bunagana and the Congolese army withdrew, the Office of the Prime Minister said. Families crossed the border with chickens, mattresses and bicycles as gunfire and artillery were heard in the hills above the town. Some 137 Congolese soldiers also crossed and handed over their weapons to the UPDF, a Ugandan army spokesman said. The Uganda Red Cross said many of the new arrivals were children who had been separated from their parents during the flight. The centre, meant for about 1,500 people, has only a few shelters and latrines. Officials said refugees would be moved by bus to Nakivale and Rwamwanja settlements as soon as they had been registered. Bunagana remained in rebel hands on Tuesday, according to residents reached by phone.""",
        "B D H",
        "displacement",
    ),
    (
        "Karamoja: UPDF kills warriors in clash during disarmament operation",
        """Ugandan soldiers have killed eight armed warriors in a gunfight in Kotido district during a disarmament operation launched to curb cattle raids in Karamoja, the army said. UPDF 3rd Division spokesman Maj Isaac Oware said the soldiers were tracking a group that had raided cattle from Kaabong when the warriors opened fire near Nakapelimoru. Two soldiers were injured and seven guns and more than 300 rounds of ammunition were recovered, he said. The army says the forceful disarmament, which began last year, has recovered more than 1,000 illegal guns. Human rights groups and local leaders have accused soldiers of beating residents during cordon-and-search operations in manyattas. "Our people are caught between the warriors and the army," said a Kotido district councillor. Raiders from Kenya's Turkana and Pokot communities have also crossed into the region in recent months.""",
        "M B",
        "military_operation",
    ),
]
