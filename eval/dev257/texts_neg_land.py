"""dev257 negatives, land borders: border talks and agreements, renamings, maps, referendums and
court rulings, stand-offs and deployments without violence, peaceful protests and old wars, on the
India-China border, in Kashmir, northern Kosovo, Essequibo, the Ethiopia-Eritrea frontier, the
Sahara and the Caucasus. See build.py."""

NEGATIVES = [
    (
        "India and China agree on patrolling arrangements along LAC, ending four-year stand-off",
        "India and China have agreed on arrangements for patrolling along the Line of Actual "
        "Control in eastern Ladakh, Foreign Secretary Vikram Misri said on Monday, a breakthrough "
        "that paves the way for disengagement at Depsang and Demchok, the last two friction points "
        "left from the 2020 stand-off. The agreement, reached after dozens of rounds of military "
        "and diplomatic talks, would allow troops of both sides to resume patrols to points they "
        "used before the face-off, officials said. External Affairs Minister S Jaishankar said the "
        "deal restored the situation to what it had been in 2020 “in terms of patrolling and "
        "grazing”. China's foreign ministry confirmed that the two sides had reached a "
        "“resolution” on the relevant issues. The announcement came a day before Prime Minister "
        "Narendra Modi left for a BRICS summit in Kazan, where he met President Xi Jinping for the "
        "first formal talks in five years. Analysts cautioned that tens of thousands of troops "
        "remain deployed on both sides.",
        "peace",
    ),
    (
        "China issues 'standardised' names for 30 places in Arunachal Pradesh; India rejects list",
        "China's Ministry of Civil Affairs has published a fourth list of “standardised” names for "
        "places in Arunachal Pradesh, which Beijing calls Zangnan, or South Tibet, drawing a sharp "
        "rejection from New Delhi. The list gives Chinese and Tibetan names to 30 places, including "
        "11 residential areas, 12 mountains, four rivers, a lake and a mountain pass, according to "
        "the Global Times. India's External Affairs Ministry said “inventing senseless names” "
        "would not alter the reality that the state “was, is, and will always be” an integral part "
        "of India. Chief Minister Pema Khandu called the move a “futile exercise”. China has "
        "released similar lists in 2017, 2021 and 2023, usually after visits by Indian leaders to "
        "the state. The latest came weeks after Prime Minister Narendra Modi inaugurated the Sela "
        "tunnel, which gives all-weather road access to Tawang. Beijing has also objected to "
        "Indian athletes from the state being issued normal visas.",
        "politics",
    ),
    (
        "Ladakhi herders argue with PLA soldiers in video as grazing dispute flares",
        "A video showing herders from a Ladakh village arguing with Chinese soldiers who tried to "
        "stop them grazing their sheep near the Line of Actual Control has been widely shared on "
        "social media, prompting calls in India for better protection of traditional pastures. The "
        "clip shows a group of nomads from Kakjung in the Chushul area standing their ground and "
        "shouting as soldiers in armoured vehicles gesture at them to leave. No one was hurt and "
        "the herders later moved their flock back, a local councillor said. Konchok Stanzin, the "
        "councillor, said the pastures had been used by herders for generations and that they had "
        "recently lost access to several grazing areas because of buffer zones set up after the "
        "2020 stand-off. The Indian army said the matter had been raised with the Chinese side "
        "through established mechanisms. Opposition parties said the video showed the government "
        "had ceded ground. Nomads in eastern Ladakh have long complained of shrinking pastures.",
        "military",
    ),
    (
        "India and Pakistan agree to observe Kashmir ceasefire after talks between army officers",
        "India and Pakistan said on Thursday they had agreed to strictly observe all agreements on "
        "a ceasefire along the Line of Control in Kashmir and other sectors from midnight, in a rare "
        "joint statement after talks between their directors general of military operations. The "
        "two sides held discussions over the established hotline mechanism and reviewed the "
        "situation in a “free, frank and cordial atmosphere”, the statement said. They also agreed "
        "to address each other's “core issues and concerns” that could disturb peace. The 2003 "
        "ceasefire had largely broken down, and Indian officials counted more than 5,000 violations "
        "last year, the highest in nearly two decades. Residents of border villages on both sides "
        "welcomed the news, saying they hoped children could return to school without fear. "
        "Pakistan's army spokesman said the agreement was a step towards a better security "
        "environment. Analysts said back-channel talks had been under way for months.",
        "peace",
    ),
    (
        "Pakistan test-fires Fatah missile as India holds civil defence drills",
        "Pakistan's army said on Monday it had carried out a training launch of a Fatah-series "
        "surface-to-surface missile with a range of 120 kilometres, the second test in three days, "
        "as tensions with India remained high after the massacre at Pahalgam. The launch, part of "
        "an exercise called Indus, was meant to ensure the operational readiness of troops and "
        "validate technical parameters, the military's media wing said. Across the border, India's "
        "home ministry ordered states to hold civil defence drills on Wednesday, with air raid "
        "sirens, blackouts and evacuation rehearsals in 244 districts. Students in several cities "
        "were taught how to take cover, and fire services rehearsed rescue operations at railway "
        "stations. It was the first such nationwide drill in India since 1971. The Indian navy "
        "separately said it had test-fired anti-ship missiles in the Arabian Sea. Diplomats from "
        "Gulf countries urged both sides to lower tensions.",
        "military",
    ),
    (
        "Supreme Court upholds revocation of Jammu and Kashmir's special status",
        "India's Supreme Court on Monday upheld the government's 2019 decision to revoke the special "
        "constitutional status of Jammu and Kashmir, and ordered that elections to the region's "
        "assembly be held by September next year. A five-judge bench led by Chief Justice D Y "
        "Chandrachud said Article 370 had been a temporary provision and that the president had "
        "been entitled to end it. The court also asked the government to restore statehood to the "
        "region “at the earliest”, but declined to rule on the split of Ladakh into a separate "
        "federal territory. Prime Minister Narendra Modi called the verdict “a beacon of hope”. "
        "Omar Abdullah, a former chief minister, said he was disappointed but “not disheartened”. "
        "Pakistan's foreign ministry said the ruling had no legal value because international law "
        "did not recognise India's unilateral actions in a disputed territory. Security was "
        "tightened in Srinagar, but the city was calm.",
        "politics",
    ),
    (
        "Kosovo's dinar ban leaves Serbs queuing for pensions in the north",
        "Hundreds of elderly Serbs in northern Kosovo queued outside post offices in Mitrovica on "
        "Thursday as Kosovo's ban on the use of the Serbian dinar in cash payments left many unsure "
        "how they would receive pensions and salaries paid by Belgrade. The central bank's "
        "regulation, in force since February 1, makes the euro the only legal currency for cash "
        "transactions. Serbia pays tens of thousands of people in Kosovo, including teachers, "
        "doctors and pensioners, through its own institutions. “I don't know how to buy bread next "
        "month,” said one woman, aged 74. The European Union and the United States urged Pristina "
        "to delay the move, saying it would harm the most vulnerable, while Kosovo's government "
        "said it was fighting money laundering. Serbian officials called the decision an attempt "
        "to drive Serbs out of Kosovo. Some shops in Zvecan and Leposavic said they would accept "
        "only euros, and exchange offices raised their rates.",
        "economy",
    ),
    (
        "Serbs march peacefully in north Mitrovica against police stations and arrests",
        "Several thousand Kosovo Serbs marched through north Mitrovica on Monday to protest against "
        "what they call the militarisation of the north by Kosovo's police and the arrest of "
        "several Serbs on war crimes charges. Marchers carried Serbian flags and banners reading "
        "“We want peace” and “Stop the terror” and walked to the main bridge over the Ibar river, "
        "which divides the city. Speakers from the Srpska Lista party demanded the withdrawal of "
        "special police units and the creation of an association of Serb-majority municipalities. "
        "The rally ended after about two hours without incident, police said. NATO peacekeepers "
        "stood by at the bridge. Kosovo's interior minister said citizens had the right to protest "
        "but that police would stay in the north to enforce the law. A similar march was planned "
        "for next week in Gracanica, south of Pristina.",
        "protest",
    ),
    (
        "Kosovo and Serbia back EU plan in Ohrid but sign nothing",
        "Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vucic agreed in Ohrid, "
        "North Macedonia, on a plan to implement an EU-brokered deal to normalise relations, EU "
        "foreign policy chief Josep Borrell said after 12 hours of talks that ended late on "
        "Saturday. Under the plan, Serbia would not object to Kosovo joining international "
        "organisations, while Kosovo would begin setting up an association of Serb-majority "
        "municipalities. Neither leader signed the document. Vucic said he would not sign “any "
        "legally binding documents” with Kosovo, while Kurti said the deal amounted to de facto "
        "recognition. Borrell said the agreement became part of both countries' paths to the EU "
        "regardless of signatures. Kosovo declared independence from Serbia in 2008, nearly a "
        "decade after a war that ended with NATO air strikes. Diplomats said the next test would "
        "be whether the association was created.",
        "peace",
    ),
    (
        "Venezuelans vote in referendum on claim to Guyana's Essequibo region",
        "Venezuelans voted on Sunday in a referendum on the country's claim to the Essequibo, an "
        "oil-rich region that makes up about two-thirds of neighbouring Guyana, with the government "
        "urging a show of national unity. The five questions included whether to create a new "
        "Venezuelan state called Guayana Esequiba and grant citizenship to its residents. The "
        "electoral council said more than 10.5 million votes had been cast and that each question "
        "was approved by more than 95%, though reporters saw few queues at polling stations in "
        "Caracas. President Nicolas Maduro called the result “overwhelming”. Guyanese President "
        "Irfaan Ali said the country's borders were not up for negotiation, and thousands of "
        "Guyanese wore bracelets and formed human chains in support of their territory. The "
        "International Court of Justice, which is hearing Guyana's case, had ordered Venezuela "
        "on Friday not to take any action to change the status quo. Analysts said the vote was "
        "aimed at rallying support ahead of next year's presidential election.",
        "politics",
    ),
    (
        "Maduro and Ali agree not to use force over Essequibo at St Vincent meeting",
        "The presidents of Venezuela and Guyana agreed on Thursday not to threaten or use force "
        "against each other in their dispute over the Essequibo region, after a meeting on the "
        "Caribbean island of St Vincent. In a joint declaration, Nicolas Maduro and Irfaan Ali "
        "said they would refrain from escalating the conflict “by words or deeds” and would set up "
        "a commission of foreign ministers and technical experts to address matters of mutual "
        "concern. They agreed to meet again in Brazil within three months. The talks were brokered "
        "by the Caribbean Community and Brazil's President Luiz Inacio Lula da Silva. Ali said "
        "Guyana's position that the border was settled by an 1899 arbitration award and should be "
        "decided by the International Court of Justice had not changed. Maduro said he had "
        "defended Venezuela's rights. The Argyle Declaration was welcomed by the United States, "
        "the UN and the Commonwealth.",
        "peace",
    ),
    (
        "Brazil sends armoured vehicles to Roraima border amid Essequibo tensions",
        "Brazil's army has begun sending armoured vehicles to the northern state of Roraima, on the "
        "borders of both Venezuela and Guyana, to reinforce its garrison in the region, the defence "
        "ministry said on Thursday. Some 28 armoured vehicles, including Guaicurus multi-purpose "
        "trucks and Cascavel armoured cars, would be moved to the city of Boa Vista over the coming "
        "weeks, it said. The troop presence in Pacaraima, the main border town, has already been "
        "increased from 70 to 130 soldiers. Brazilian officials said the move was preventive and "
        "that no unusual activity had been detected on the border. Any land invasion of the "
        "Essequibo from Venezuela would have to cross Brazilian territory, because dense jungle "
        "and mountains cover the direct route. Separately, US military aircraft flew over "
        "Georgetown in a training exercise with the Guyana Defence Force. Caracas called the "
        "exercise a provocation.",
        "military",
    ),
    (
        "World Court orders Venezuela not to hold elections in Essequibo",
        "The International Court of Justice ordered Venezuela on Thursday to refrain from holding "
        "elections for a governor and legislature of Guyana's Essequibo region, which Caracas "
        "claims as its own. In a 12-3 vote, judges in The Hague said Venezuela must not conduct or "
        "prepare to conduct elections in the territory, which Guyana administers and controls. "
        "Venezuela had planned to elect a governor for what it calls the state of Guayana Esequiba "
        "in regional polls on May 25, with voting held in a border area on the Venezuelan side. "
        "Guyana's foreign minister said the order confirmed that Venezuela's plan was an attempt "
        "to annex the region. Venezuela's vice-president said the country did not recognise the "
        "court's jurisdiction and that the vote would go ahead. The court has yet to rule on the "
        "main case over the validity of the 1899 award that set the border. Opposition figures "
        "in Caracas said the exercise was a distraction.",
        "politics",
    ),
    (
        "Ethiopia-Eritrea border reopens after 20 years, families reunite at Zalambessa",
        "Thousands of Ethiopians and Eritreans crossed their common border at Zalambessa and "
        "Bure on Tuesday, embracing relatives they had not seen for two decades, as the two "
        "countries reopened crossing points closed since their 1998-2000 war. Prime Minister Abiy "
        "Ahmed and President Isaias Afwerki attended ceremonies at the crossings on Ethiopia's "
        "New Year, dressed in military fatigues. Soldiers removed trenches and barriers on both "
        "sides, and buses and trucks with Eritrean licence plates drove toward Adigrat. “I never "
        "thought I would see my sister again,” said a woman in her sixties, weeping. The reopening "
        "follows a peace declaration signed in July that ended a state of war and restored "
        "flights, telephone lines and embassies. Landlocked Ethiopia hopes to use Eritrea's ports "
        "of Assab and Massawa for trade. Observers said the demarcation of the border, including "
        "the town of Badme, remained to be settled.",
        "peace",
    ),
    (
        "Abiy says Red Sea access is 'existential' for Ethiopia; Eritrea warns of 'dangerous' talk",
        "Ethiopian Prime Minister Abiy Ahmed told lawmakers on Thursday that access to the Red Sea "
        "was an “existential” issue for a country of more than 120 million people, but insisted "
        "that Ethiopia had no intention of invading Eritrea. “We want to obtain it through "
        "peaceful means, through negotiation,” Abiy said, arguing that Ethiopia's loss of its "
        "coastline in 1993 had been a “mistake”. Eritrea's information minister, Yemane Gebremeskel, "
        "called the remarks “dangerous” and said the country would defend its sovereignty. The "
        "exchange has unsettled diplomats in the Horn of Africa, where relations between the "
        "former allies have soured since the 2022 peace deal that ended the war in Tigray. Some "
        "analysts have warned of troop movements near the border, which both governments deny. "
        "Abiy also said Ethiopia was ready to offer shares in its national airline or a dam in "
        "exchange for a port. Eritrea did not respond to the offer.",
        "politics",
    ),
    (
        "France backs Moroccan autonomy plan for Western Sahara, angering Algeria",
        "France said on Tuesday that Morocco's plan for autonomy under Moroccan sovereignty was “the "
        "only basis” for a solution to the Western Sahara dispute, a shift that Algeria called a "
        "step with “grave consequences”. In a letter to King Mohammed VI, President Emmanuel Macron "
        "said the present and future of Western Sahara fell “within the framework of Moroccan "
        "sovereignty”. Algeria, which backs the Polisario Front's demand for a referendum on "
        "self-determination, recalled its ambassador from Paris. The Polisario said the decision "
        "was a “betrayal” of international law. Morocco's foreign minister welcomed the "
        "announcement as historic, and Moroccan newspapers printed the letter on their front "
        "pages. The United States recognised Moroccan sovereignty over the territory in 2020, and "
        "Spain endorsed the autonomy plan in 2022. Macron is expected to make a state visit to "
        "Rabat in the autumn, with business deals in energy and rail expected to be signed.",
        "politics",
    ),
    (
        "UN Security Council backs autonomy as basis for Western Sahara talks, renews MINURSO",
        "The UN Security Council on Friday renewed the mandate of the peacekeeping mission in "
        "Western Sahara for another year and, for the first time, endorsed Morocco's autonomy plan "
        "as the basis for negotiations. The resolution, drafted by the United States, passed with "
        "11 votes in favour and three abstentions, while Algeria did not take part in the vote. It "
        "called on the parties to engage in talks “without preconditions” toward a “mutually "
        "acceptable political solution”. Celebrations broke out in Laayoune and Rabat, where "
        "people waved flags and honked car horns late into the night. The Polisario Front said it "
        "would not take part in any process aimed at legitimising Moroccan occupation. The mission, "
        "MINURSO, was set up in 1991 to organise a referendum that has never taken place. King "
        "Mohammed VI called the vote a turning point.",
        "peace",
    ),
    (
        "Pashinyan and Aliyev initial peace text in Washington, agree on Trump Route",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a "
        "peace agreement at the White House on Friday, committing to end decades of conflict and "
        "to recognise each other's territorial integrity. The two leaders also agreed to open a "
        "transit route through southern Armenia linking Azerbaijan to its Nakhchivan exclave, to "
        "be developed with US involvement and named the Trump Route for International Peace and "
        "Prosperity. The deal must still be signed and ratified, and Azerbaijan wants Armenia to "
        "remove a reference to Karabakh from its constitution first. Pashinyan called the day "
        "“a significant milestone”. Aliyev said the two countries had been at war for more than "
        "30 years and now had a chance to build peace. Russia, which had long mediated between "
        "them, said it welcomed any steps towards normalisation. Border commissions from both "
        "sides are continuing work on delimiting their frontier.",
        "peace",
    ),
    (
        "At Dras, India marks 25 years since the Kargil war",
        "Prime Minister Narendra Modi laid a wreath at the Kargil War Memorial in Dras on Friday to "
        "mark the 25th anniversary of India's victory in the 1999 conflict, when Pakistani soldiers "
        "and militants who had occupied heights along the Line of Control were pushed back. More "
        "than 500 Indian soldiers died in the fighting, which lasted about three months. Veterans, "
        "families of the fallen and schoolchildren attended Kargil Vijay Diwas ceremonies, and "
        "the army staged a light and sound show recounting the battles for Tololing and Tiger "
        "Hill. Modi said Pakistan had “learnt nothing from history” and had failed in all its "
        "“nefarious attempts”. He also pressed a button to start blasting work on the Shinku La "
        "tunnel, which will give all-weather road access to Ladakh. A motorcycle rally of army "
        "officers that set out from Delhi reached Dras for the ceremony. Pakistan's foreign "
        "ministry rejected the remarks.",
        "history",
    ),
    (
        "A quarter-century on, a new history retraces the road to Badme",
        "A new history of the 1998-2000 war between Ethiopia and Eritrea argues that the conflict "
        "over the dusty border town of Badme was less about land than about the collapse of trust "
        "between two former allies. The author, a historian at Addis Ababa University, draws on "
        "interviews with veterans and diplomats on both sides and on newly opened archives of the "
        "Organisation of African Unity. The war, fought with trenches and human-wave assaults that "
        "reminded observers of the First World War, killed an estimated 80,000 people. A border "
        "commission in The Hague awarded Badme to Eritrea in 2002, but Ethiopia did not withdraw "
        "until the peace deal of 2018. The book devotes a chapter to the families divided by the "
        "closed border for two decades. Reviewers have praised its even-handedness, though some "
        "Eritrean readers say it underplays the deportations of Eritreans from Ethiopia during "
        "the war. It will be launched at a book fair in Nairobi next month.",
        "history",
    ),
]
