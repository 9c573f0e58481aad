"""dev143 positives (2 of 2): the DRC, Cameroon, Mozambique, Mali, Burkina Faso, Niger, Chad,
Libya, Uganda, South Africa, Zimbabwe and Nigeria again (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Beni: at least 23 civilians killed in an ADF attack on the village of Mukondi",
        "At least 23 civilians were killed on Wednesday night in an attack attributed "
        "to ADF rebels in the village of Mukondi, in the Ruwenzori sector of Beni "
        "territory, North Kivu, local sources said. According to the president of the "
        "local civil society, Kakule Mukwesi, the attackers, armed with firearms and "
        'machetes, entered the village around 8 pm and went from house to house. "We '
        "have already counted 23 bodies, most of them women and children, and several "
        'houses were burned," he said on Thursday morning. The ADF, a rebel group of '
        "Ugandan origin that has pledged allegiance to the Islamic State, regularly "
        "targets civilians in the territories of Beni and Lubero and in neighbouring "
        "Ituri. The spokesperson of the Sokola 1 operations, Captain Antony Mwalushayi, "
        "confirmed the attack and said the joint FARDC-UPDF forces had launched a "
        "pursuit of the assailants. Several families from Mukondi and nearby villages "
        "fled to Mavivi and the city of Beni on Thursday. This new massacre comes two "
        "months after an attack on a Pentecostal church in Kasindi, claimed by the "
        "Islamic State, which killed 17 worshippers.",
        "V T D",
        "massacre",
    ),
    (
        "Bamenda: IED explodes under military vehicle, gunfight rocks Mile 90",
        "Two soldiers were killed and three others wounded on Thursday when an "
        "improvised explosive device went off under their armoured vehicle at Mile 90 "
        "in Bamenda, the regional capital of the North West Region. Sources said the "
        "vehicle was escorting a convoy of officials to the Regional Delegation of "
        "Basic Education when the device, planted on the road near the Ntarikon "
        "junction, exploded at about 10am. Armed separatist fighters then opened fire "
        "on the convoy, sparking a gunfight that lasted close to an hour and forced "
        "traders and pupils to run for cover. A resident who gave her name only as Mary "
        "said she locked herself and her children in their house as bullets hit the "
        "zinc roofs of the neighbourhood. The military spokesman, Colonel Cyrille Serge "
        'Atonfack Guemo, said the attackers were "terrorists" of the so-called '
        "Ambazonia Defence Forces and that several of them were neutralised during the "
        "exchange of fire. The separatists, on their social media pages, claimed "
        "responsibility for the attack. The use of homemade explosives by separatist "
        "fighters has grown in the North West and South West regions since last year, "
        "as the Anglophone crisis entered its sixth year. Schools in the area remained "
        "closed on Friday.",
        "E B T",
        "IED attack",
    ),
    (
        "Cabo Delgado: Insurgents occupy Macomia town for two days, loot food and medicine",
        "Islamic State-linked insurgents occupied the district headquarters of Macomia, "
        "in Mozambique's northern Cabo Delgado province, for about two days before "
        "withdrawing on Sunday, according to local sources and the provincial "
        "authorities. Dozens of fighters entered the town early on Friday from several "
        "directions and clashed with Mozambican Defence and Security Forces (FDS) and "
        "Local Force militias, sources told Club of Mozambique. The insurgents looted "
        "shops and warehouses, taking food, fuel and medicine, and set fire to several "
        "vehicles, residents said. Islamic State, through its Amaq news agency, claimed "
        'that its fighters killed more than 20 soldiers and took control of "military '
        'barracks", a claim that has not been confirmed. The Mozambican army said its '
        'troops, with the support of Rwandan forces, had "repelled" the attackers and '
        "that the situation was under control by Sunday afternoon. Thousands of "
        "residents fled into the bush or walked towards Mucojo and Quiterajo, according "
        "to the humanitarian coordination forum in Pemba. The World Food Programme said "
        "it had temporarily suspended distributions in the district. The attack was the "
        "largest on a district headquarters since the insurgents seized Mocímboa da "
        "Praia in 2020.",
        "B T D H",
        "insurgent raid",
    ),
    (
        "Maputo: Police fire tear gas and live rounds as Mondlane supporters barricade avenues",
        "Police fired tear gas and live ammunition in several neighbourhoods of Maputo "
        "and Matola on Thursday as thousands of supporters of presidential candidate "
        "Venâncio Mondlane took to the streets for the third week of protests against "
        "the results of the 9 October general elections. Protesters blocked the Avenida "
        "Eduardo Mondlane and the EN4 with burning tyres, stones and containers, and a "
        "police station in Magoanine was set on fire, according to witnesses. The "
        "Centre for Democracy and Human Rights (CDD) said at least three people were "
        "shot dead in Maputo, bringing to more than 30 the number of people killed "
        "since the protests began. Several shops in Malhangalene were looted, and the "
        "border post at Ressano Garcia was closed after protesters set trucks alight on "
        "the Mozambican side. The spokesperson of the Police of the Republic of "
        "Mozambique (PRM), Orlando Mudumane, said 137 people had been detained for "
        '"acts of vandalism" and that 14 officers were injured. Mondlane, who says he '
        "won the election, called on his supporters on Facebook to continue the "
        "protests peacefully. The National Elections Commission declared Frelimo's "
        "Daniel Chapo the winner with 71% of the vote.",
        "U",
        "crackdown",
    ),
    (
        "Bamako: gendarmerie school and airport zone attacked at dawn, JNIM claims responsibility",
        "Armed men attacked the gendarmerie training school in the Faladié district of "
        "Bamako and the military zone of the Modibo Keïta international airport early "
        "on Tuesday, sparking gunfire and explosions that lasted for several hours. The "
        "general staff of the armed forces (FAMa) said in a statement on national "
        'television that "a group of terrorists" had attempted to infiltrate the school '
        'at around 5am and that the situation was under control after "combing '
        'operations". Residents of Faladié and Sénou said they were woken by heavy '
        "gunfire and that thick smoke could be seen rising from the airport area, where "
        "a presidential aircraft was set on fire. The al-Qaeda-linked Group for the "
        "Support of Islam and Muslims (JNIM) claimed the attack, saying its fighters "
        "had inflicted heavy losses. Security sources later said dozens of gendarmerie "
        "trainees were among the dead, although the government did not give an official "
        "toll. Traffic on the road to the airport was blocked and flights were "
        "suspended until the afternoon. The attack was the first of its kind in the "
        "capital since the 2015 hostage-taking at the Radisson Blu hotel. In a speech "
        "on Wednesday, transitional president General Assimi Goïta called for calm and "
        "urged citizens to report suspicious movements.",
        "T B",
        "terrorist attack",
    ),
    (
        "East region: FDS and VDP neutralise dozens of terrorists in air-land operation near Fada",
        "Units of the Defence and Security Forces (FDS), supported by Volunteers for "
        "the Defence of the Homeland (VDP), carried out a vast air-land operation on "
        "Monday and Tuesday in the Fada N'Gourma area, in the East region, during which "
        "dozens of terrorists were neutralised, according to a press release from the "
        "Army General Staff. The operation targeted several bases of armed terrorist "
        "groups in the Kompienga and Gourma forests, where, according to the release, "
        "fighters were preparing attacks against the towns of Fada N'Gourma and Pama. "
        "Air vectors struck a logistics base and destroyed several motorcycles, "
        "pick-ups and fuel depots, the text states. On the ground, the land units then "
        "engaged the assailants who tried to flee, seizing weapons, ammunition and "
        'communication equipment. "The offensive continues to clear these areas," said '
        "an officer of the operation quoted in the communiqué. No loss was reported on "
        "the side of the FDS and VDP. The General Staff invited the populations of the "
        "area to continue to provide information to the security forces via the "
        "toll-free numbers. The East region, bordering Niger, Benin and Togo, has been "
        "one of the most affected by the violence of armed groups since 2018.",
        "M E B",
        "military operation",
    ),
    (
        "Barsalogho: Government denounces 'barbaric' attack on residents digging trenches",
        'The Government of Burkina Faso on Sunday denounced a "barbaric" terrorist '
        "attack carried out the day before against residents of Barsalogho, in the "
        "Centre-Nord region, who were digging a protective trench around the town "
        "alongside soldiers and Volunteers for the Defence of the Homeland. In a "
        "statement read on national television, the Minister of Communication, Jean "
        'Emmanuel Ouédraogo, said the assailants had opened fire on the civilians "in a '
        'cowardly manner" and that the response of the FDS had made it possible to '
        "neutralise several of them. The government did not give a toll, but residents "
        "and local officials reached by telephone spoke of more than a hundred dead, "
        "many of them young men mobilised for the work. The al-Qaeda-affiliated JNIM "
        'claimed responsibility, saying it had targeted "militias" working with the '
        "army. The wounded were evacuated to Kaya, where the regional hospital launched "
        "an appeal for blood donations. Three days of national mourning were declared "
        "from Monday. Barsalogho, about 45 kilometres from Kaya, hosts thousands of "
        "people displaced by violence in the surrounding villages over the past five "
        'years. The minister called on the population to "remain mobilised" behind the '
        "Defence and Security Forces.",
        "T V",
        "massacre",
    ),
    (
        "Tillabéri: 17 soldiers killed in an ambush near Koutougou, ministry says",
        "Seventeen Nigerien soldiers were killed and 20 others wounded on Tuesday in an "
        'ambush by "terrorists" near the village of Koutougou, in the Tillabéri region '
        "close to the border with Burkina Faso and Mali, the Ministry of Defence "
        "announced. According to the ministry's statement read on Télé Sahel, a "
        "detachment of the armed forces moving between Boni and Torodi was attacked by "
        "a group of more than a hundred assailants on motorcycles. The soldiers "
        'responded, and "more than a hundred terrorists were neutralised" during their '
        "retreat, the statement said, a figure that could not be verified. Six of the "
        "wounded, in serious condition, were evacuated to Niamey. The attack is the "
        "deadliest against the army since the National Council for the Safeguard of the "
        "Homeland (CNSP) took power on 26 July, citing the deterioration of the "
        "security situation as one of its reasons. The ministry did not say which group "
        "was responsible, but both the Islamic State in the Sahel and JNIM are active "
        "in the area. Niamey declared three days of national mourning, with flags at "
        "half-mast on public buildings. The junta has also demanded the departure of "
        "the French troops who had supported Nigerien forces against jihadist groups.",
        "B T",
        "ambush",
    ),
    (
        "Lac: Boko Haram attack on Barkaram base kills about 40 soldiers, Déby launches "
        "counter-offensive",
        "About 40 Chadian soldiers were killed on Sunday night in an attack by Boko "
        "Haram fighters on a military base on the island of Barkaram, in the Lac "
        "province, the presidency said on Monday. President Mahamat Idriss Déby Itno "
        "travelled to the area the same day and announced the launch of an operation to "
        '"track down the assailants wherever they are". The attackers, who arrived in '
        "boats in the middle of the night, overwhelmed the garrison and took away "
        "weapons and vehicles before withdrawing, according to military sources. Images "
        "shared on social media showed the charred remains of military vehicles and "
        "tents. The operation, named Haskanite, mobilises ground and air units and has "
        "been extended to the islands of the lake, the army spokesman said in a "
        'statement on Wednesday, claiming that dozens of "terrorists" had already been '
        "killed. The attack is one of the deadliest suffered by the Chadian army since "
        "March 2020, when nearly 100 soldiers were killed at Bohoma. Chad is a member "
        "of the Multinational Joint Task Force (MNJTF) fighting jihadist groups in the "
        "Lake Chad basin, but Déby has threatened to withdraw from it, accusing "
        "partners of not doing enough.",
        "B T M",
        "base attack",
    ),
    (
        "Heavy clashes erupt in Tripoli after killing of SSA chief, residents urged to "
        "stay indoors",
        "Heavy clashes with medium and heavy weapons erupted on Monday night in several "
        "districts of Tripoli, including Abu Salim, Salah al-Din and the area around "
        "the Mitiga airport, following the reported killing of Abdulghani al-Kikli, "
        "commander of the Stability Support Apparatus (SSA). Residents reported intense "
        "gunfire and explosions until the early hours of Tuesday, and videos shared "
        "online showed plumes of smoke over the Abu Salim district. Forces of the 444 "
        "Combat Brigade and other units aligned with the Government of National Unity "
        "(GNU) moved into SSA positions in the district, according to security sources. "
        "The Ministry of Health's emergency medicine centre said it had recovered six "
        "bodies and was unable to reach several areas because of the fighting. The "
        "Civil Aviation Authority suspended all flights at Mitiga airport and diverted "
        "them to Misrata. The Ministry of Education suspended exams and classes in "
        "Tripoli, while the University of Tripoli announced the suspension of studies "
        "until further notice. Prime Minister Abdul Hamid Dbeibah announced on Tuesday "
        'that a military operation had "ended" with the takeover of Abu Salim, '
        'describing it as a step towards ending the rule of "irregular groups". The UN '
        "Support Mission in Libya (UNSMIL) expressed deep concern and called for an "
        "immediate ceasefire.",
        "B M",
        "militia clashes",
    ),
    (
        "Mpondwe school attack: Death toll rises to 42 as families identify victims",
        "The death toll from Friday night's attack on Lhubiriha Secondary School in "
        "Mpondwe, Kasese District, has risen to 42, police said on Sunday, as families "
        "gathered at Bwera Hospital to identify the bodies of their children. Suspected "
        "Allied Democratic Forces (ADF) rebels crossed from the Democratic Republic of "
        "Congo and attacked the school at about 11.30pm, setting a boys' dormitory on "
        "fire and hacking and shooting students, according to police. Of the dead, 37 "
        "were students, while the rest were a school guard and residents of the area. "
        "Six students were abducted and taken towards Virunga National Park to carry "
        "food looted from the school store, the army said. Police spokesperson Fred "
        "Enanga said DNA tests would be carried out on bodies burnt beyond recognition. "
        "The Uganda People's Defence Forces (UPDF) said its troops were pursuing the "
        "attackers into the park, and Defence minister Vincent Ssempijja said no stone "
        "would be left unturned. President Museveni, in a statement, described the "
        'attack as a "desperate, cowardly, terrorist action" and said the army would '
        "deploy more troops along the border. Parents in Mpondwe criticised the army "
        "for what they called a slow response, saying soldiers stationed nearby took "
        "more than an hour to arrive.",
        "V T",
        "school attack",
    ),
    (
        "KZN unrest: Death toll climbs as looters ransack malls, army deployed",
        "The death toll in the unrest that has swept through KwaZulu-Natal and Gauteng "
        "rose to 72 on Tuesday, police said, as looters ransacked shopping centres, "
        "warehouses and liquor stores for a fourth day. Ten people died in a stampede "
        "at the Ndofaya Mall in Soweto on Monday night, and others were shot, police "
        "minister Bheki Cele said. In Durban, smoke rose over the Brookside Mall and a "
        "warehouse in Cornubia was set alight, while residents of Phoenix and Umlazi "
        "set up barricades to protect their homes. The SANDF said 2,500 soldiers had "
        "been deployed to support the police in the two provinces. More than 1,200 "
        "people have been arrested since the violence began, following the jailing of "
        "former president Jacob Zuma for contempt of court. The N3 highway between "
        "Durban and Johannesburg remained closed after trucks were torched near Mooi "
        "River. Acting minister in the presidency Khumbudzo Ntshavheni said the "
        'government would not allow "anarchy" to take hold. Businesses in Durban warned '
        "of food and fuel shortages in the coming days as supply chains broke down. In "
        "Pietermaritzburg, the Liberty Midlands Mall was stripped bare and parts of it "
        "set alight, while in Johannesburg looters targeted the Jabulani Mall and shops "
        "in Alexandra. Police Minister Cele said 19 of the deaths in KwaZulu-Natal were "
        "caused by gunshots. The South African Human Rights Commission warned residents "
        "against taking the law into their own hands after reports that armed groups "
        "had set up roadblocks in Phoenix. Zuma's foundation called for calm but blamed "
        "the violence on his imprisonment. The Constitutional Court on Monday heard "
        "Zuma's application to have his 15-month sentence rescinded, and reserved "
        "judgment. The Durban port, the busiest in sub-Saharan Africa, suspended "
        "operations for a day, citing the safety of staff.",
        "U",
        "riot",
    ),
    (
        "Six dead as soldiers open fire on post-election protesters in Harare",
        "At least six people were killed in Harare on Wednesday when soldiers opened "
        "fire on opposition supporters protesting against the delay in the announcement "
        "of presidential election results, police said yesterday. The protesters, "
        "mostly MDC Alliance supporters, had gathered outside the Zimbabwe Electoral "
        "Commission's command centre at the Rainbow Towers and the party headquarters, "
        "accusing Zanu PF of rigging the vote. Some of them burnt cars and threw stones "
        "at police, who responded with tear gas and water cannon before army trucks "
        "rolled into the city centre. Witnesses told NewsDay that soldiers fired live "
        'rounds as they chased protesters through the streets. "They were shooting at '
        'people who were running away," said a vendor who witnessed the shootings near '
        "Copacabana bus terminus. Government spokesperson Nick Mangwana said the army "
        "was called in under the Public Order and Security Act to restore order. MDC "
        "Alliance leader Nelson Chamisa condemned the killings, while the European "
        "Union and Commonwealth election observers urged restraint. The city centre was "
        "deserted yesterday, with most shops closed and soldiers patrolling the "
        "streets.",
        "U",
        "crackdown",
    ),
    (
        "Bandits kill 30 vigilantes in Mariga ambush",
        "At least 30 members of a local vigilante group were killed on Thursday when "
        "bandits ambushed them in Mariga Local Government Area of Niger State, "
        "residents and officials told Daily Trust. The vigilantes, drawn from several "
        "communities in Mariga and Rafi, had mobilised to pursue the bandits who "
        "rustled cattle and abducted residents in Bangi and Kotonkoro earlier in the "
        "week. A survivor, who identified himself as Musa, said the group was lured "
        "into the bush around Kaboji forest where the gunmen, numbering over 200, were "
        'waiting on motorcycles. "They surrounded us and opened fire from all sides. '
        'Only a few of us escaped," he said. The Chairman of Mariga Local Government, '
        "Abdullahi Gado, said 30 bodies had been recovered and buried according to "
        "Islamic rites, while others were still missing. The Niger State Police Command "
        "confirmed the incident but put the figure of the dead at 18. Governor Umar "
        "Bago, who described the attack as a setback, promised support for the families "
        "and said the state would recruit and train more community guards. Mariga, "
        "which borders Zamfara and Kebbi states, has been under pressure from armed "
        "groups pushing south from the Kainji Lake National Park.",
        "B",
        "ambush",
    ),
    (
        "Gwoza: Female suicide bombers strike wedding, hospital, funeral, 18 dead",
        "At least 18 people were killed and 42 others injured on Saturday when "
        "suspected female suicide bombers detonated explosives at a wedding, a hospital "
        "and a funeral in Gwoza, Borno State, the State Emergency Management Agency "
        "(SEMA) said. The first bomber, carrying a baby on her back, blew herself up in "
        "the middle of the wedding guests at about 3pm, according to residents. Minutes "
        "later, another explosion went off near the General Hospital, and a third "
        "bomber struck mourners at the funeral of victims of the first attack. The "
        "Director-General of SEMA, Barkindo Saidu, said the injured included children "
        "and pregnant women and that the most serious cases were evacuated to "
        "Maiduguri. No group claimed responsibility, but Boko Haram has used women and "
        "girls in suicide attacks in the area for years. A soldier and two members of "
        "the Civilian Joint Task Force were also among those killed when a guard post "
        "near the hospital was attacked. Governor Babagana Zulum visited the wounded at "
        "the University of Maiduguri Teaching Hospital on Sunday and described the "
        'attacks as "despicable". Gwoza, which was declared the headquarters of Boko '
        'Haram\'s "caliphate" in 2014, has been relatively calm in recent years, with '
        "thousands of displaced persons returning from camps in Maiduguri and from "
        "Cameroon.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Owerri: Gunmen bomb prison, police headquarters, free 1,844 inmates",
        "Gunmen in large numbers attacked the Owerri Custodial Centre and the Imo State "
        "Police Command headquarters in the early hours of Monday, freeing 1,844 "
        "inmates and setting several police vehicles ablaze. The attackers, who came in "
        "buses and pick-up vans, were said to have used explosives to blow open the "
        "administrative block of the prison after a gun battle with the guards that "
        "lasted for about two hours. At the police headquarters, the gunmen fired "
        "rocket-propelled grenades and sub-machine guns at officers, but were repelled, "
        "according to the command's spokesman, Orlando Ikeokwu. The Nigerian "
        "Correctional Service said 35 inmates stayed back and six others returned "
        "voluntarily after the attack. The Inspector-General of Police, Mohammed Adamu, "
        "blamed the Indigenous People of Biafra (IPOB) and its armed wing, the Eastern "
        "Security Network (ESN), a claim the group denied. President Muhammadu Buhari "
        'described the attack as "an act of terrorism" and ordered security agencies to '
        "track down the perpetrators. The incident follows a string of attacks on "
        "police stations in Imo, Anambra, Ebonyi and Abia states since January, in "
        "which several officers were killed and arms carted away. Residents of Owerri "
        "said they were woken by explosions and sustained gunfire at about 2am.",
        "E B T",
        "prison attack",
    ),
]
