"""dev52 items: conflict and armed violence, and protests, in the manner of regional
English-language outlets of Asia, Africa and Latin America.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Six terrorists killed in North Waziristan IBO",
    "Security forces killed [[six terrorists|killed;a=the Inter-Services Public Relations]] during an intelligence-based operation in the Mir Ali area of North Waziristan on Tuesday, the Inter-Services Public Relations said. "
    "[[Two soldiers|killed;a=the ISPR]], {{aged 24 and 29}}, embraced shahadat during the intense exchange of fire, the ISPR added.",
)

F(
    "Bandits kill 11, abduct 30 in Zamfara village",
    "Armed bandits killed [[11 villagers|killed;a=residents]] and abducted [[about 30 others|kidnapped;a=residents]] in an overnight raid on Gidan Dawa in Maradun LGA, residents told Premium Times. "
    "The Zamfara State Police Command confirmed the attack but put the death toll at [[seven|killed;a=The Zamfara State Police Command]].",
)

F(
    "Four killed as gunmen attack bus on Lamu-Garsen road",
    "[[Four passengers|killed;a=Lamu County Commissioner Louis Rono;alt=Louis Rono]] were killed and [[nine|injured;a=Lamu County Commissioner Louis Rono;alt=Louis Rono]] injured when suspected al-Shabaab militants fired on a bus on the Lamu-Garsen road on Sunday morning, Lamu County Commissioner Louis Rono said. "
    "He said [[about 200 KDF and police officers|combatants;a=Lamu County Commissioner Louis Rono;alt=Louis Rono;n=officers]] had been deployed to pursue the attackers.",
)

F(
    "Junta jets bomb monastery sheltering displaced villagers",
    "[[At least 23 people|killed;a=local residents]], including [[four children|killed;a=local residents]], were killed when a junta aircraft bombed a monastery in Sagaing Region's Sin Ngu village where [[about 150 displaced villagers|displaced;a=local residents]] were sheltering, local residents said. "
    "[[More than 30|injured]] were wounded.",
)

F(
    "RSF shelling of Abu Shouk camp kills 40",
    "The Rapid Support Forces shelled the Abu Shouk displacement camp near El Fasher on Friday, killing [[at least 40 people|killed;a=the Sudan Doctors Network]], the Sudan Doctors Network said. "
    "The camp shelters [[an estimated 450,000 people|displaced;a=local officials]], according to local officials, and [[more than 2,000 families|displaced;a=the International Organization for Migration]] fled it after the attack, the International Organization for Migration said.",
)

F(
    "ADF rebels kill 18 in Mambasa territory",
    "Suspected ADF rebels killed [[18 civilians|killed;a=civil society leaders]] with machetes in the Mambasa territory of Ituri province overnight, civil society leaders said on Wednesday. "
    "Local authorities said [[around 1,500 residents|displaced;a=Local authorities]] had fled towards Biakato and [[dozens of homes|housing;a=Local authorities]] were set on fire.",
)

F(
    "Catatumbo fighting displaces more than 5,000",
    "Fighting between the ELN and FARC dissidents in Catatumbo has displaced [[more than 5,000 people|displaced;a=the Ombudsman's Office]] in {{a week}}, the Ombudsman's Office said. "
    "[[At least 32 people|killed;a=the office;alt=the Ombudsman's Office]] have been killed, among them [[two social leaders|killed;a=the office;alt=the Ombudsman's Office]], the office said, and [[some 1,200 soldiers|combatants;a=the Defence Ministry]] have been sent to the region, according to the Defence Ministry.",
)

F(
    "Twelve bodies found on highway outside Culiacán",
    "[[Twelve bodies|killed;a=the Sinaloa Attorney General's Office]] were found on a highway outside Culiacán on Monday, the Sinaloa Attorney General's Office said, as the war between factions of the Sinaloa Cartel entered its {{ninth month}}. "
    "[[More than 1,400 people|killed]] have been killed in the state since {{September 2024}}.",
)

F(
    "Manipur: three killed, houses torched in Jiribam",
    "[[Three people|killed;a=the police]] were killed and [[four houses|housing;a=the police]] torched in fresh violence in Jiribam district on Saturday, the police said. "
    "The Centre has rushed [[2,000 more Central Armed Police Forces personnel|combatants;n=personnel]] to the State. "
    "[[Around 58,000 people|displaced;a=officials]] still live in relief camps in Manipur since ethnic clashes broke out in {{May 2023}}, officials said.",
)

F(
    "Muzaffarabad protest turns violent",
    "[[At least three people|killed;a=officials]] were killed and [[over 100|injured;a=officials]] injured, including [[dozens of policemen|injured;a=officials]], as protesters clashed with police in Muzaffarabad over electricity prices, officials said. "
    "Police said [[more than 70 protesters|arrested;a=Police]] had been arrested.",
)

F(
    "Quota protests: six killed as clashes spread",
    "[[At least six people|killed;a=hospital sources]] were killed and [[hundreds|injured;a=hospital sources]] injured in clashes between quota reform protesters and Chhatra League activists in Dhaka, Chattogram and Rangpur on Tuesday, hospital sources said. "
    "Police said they had detained [[at least 150 people|arrested;a=Police]] in the capital.",
)

F(
    "KNCHR: 41 killed in Finance Bill protests",
    "The Kenya National Commission on Human Rights said [[41 people|killed;a=The Kenya National Commission on Human Rights]] had been killed and [[355|injured;a=The Kenya National Commission on Human Rights]] injured in the protests against the Finance Bill. "
    "It said [[28 people|missing;a=The Kenya National Commission on Human Rights]] had been reported missing and [[610 protesters|arrested;a=The Kenya National Commission on Human Rights]] arrested.",
)

F(
    "Troops neutralise 24 terrorists, rescue 16 kidnapped victims",
    "Troops neutralised [[24 terrorists|killed;a=the Defence Headquarters]], arrested [[37 suspects|arrested;a=the Defence Headquarters]] and rescued [[16 kidnapped victims|kidnapped;a=the Defence Headquarters]] across the North-East in {{one week}}, the Defence Headquarters said on Thursday. "
    "It said the troops also recovered [[42 assorted weapons|other;a=the Defence Headquarters]] and [[1,130 rounds of ammunition|other;a=the Defence Headquarters;n=rounds]].",
)

F(
    "Somali forces retake Adan Yabaal",
    "Somali National Army forces backed by local clan militia retook the town of Adan Yabaal after heavy fighting, killing [[more than 60 al-Shabaab fighters|killed;a=the Ministry of Information]], the Ministry of Information said. "
    "A military officer told Xinhua that [[five soldiers|killed;a=A military officer]] died and [[11|injured;a=A military officer]] were wounded.",
)

F(
    "Four NPA rebels killed in Negros clash",
    "[[Four suspected New People's Army rebels|killed;a=the Army's 3rd Infantry Division;n=rebels]] were killed in a clash with soldiers in Himamaylan City, Negros Occidental, on Wednesday, the Army's {{3rd Infantry Division}} said. "
    "Troops recovered [[five high-powered firearms|other]] from the site. "
    "The fighting forced [[some 300 families|displaced;a=the city disaster office]] to flee to evacuation centres, according to the city disaster office.",
)

F(
    "Israeli strikes kill 35 across Gaza, school hit",
    "Israeli airstrikes across the Gaza Strip killed [[at least 35 Palestinians|killed;a=medical sources]] since dawn on Saturday, including [[12 people|killed;a=medical sources]] sheltering in a school in Gaza City's Tuffah neighbourhood, medical sources told Anadolu. "
    "The school housed [[about 2,000 displaced people|displaced;a=the Civil Defence]], according to the Civil Defence.",
)

F(
    "Separatists abduct pupils and teachers in Bafut",
    "Separatist fighters abducted [[15 pupils|kidnapped;a=the school principal]] and [[two teachers|kidnapped;a=the school principal]] from a secondary school in Bafut on Monday, the school principal said. "
    "The regional governor said [[nine of the pupils|kidnapped;a=The regional governor]] had been freed by soldiers on Wednesday.",
)

F(
    "Insurgent attacks displace 14,000 in Chiúre",
    "Attacks by Islamic State-linked insurgents in Chiúre district displaced [[more than 14,000 people|displaced;a=the International Organization for Migration]] in a fortnight, {{about 60 per cent}} of them children, the International Organization for Migration said. "
    "Insurgents beheaded [[four civilians|killed;a=local sources]] and burned [[at least 120 houses|housing;a=local sources]] in the village of Mazeze, local sources said.",
)

F(
    "Drone strike on Amhara market kills 26, residents say",
    "A drone strike on a market in the Amhara region's North Gondar zone killed [[26 people|killed;a=residents]], residents told Addis Standard. "
    "A health worker at the Dabat hospital said it had received [[more than 40 wounded|injured;a=A health worker at the Dabat hospital;n=wounded]] by the evening.",
)

F(
    "Kurram convoy attack: toll rises to 38",
    "Gunmen opened fire on a convoy of passenger vehicles in Kurram's Bagan area, killing [[38 people|killed;a=the district police officer]], the district police officer said. "
    "The convoy of [[about 200 vehicles|other;a=the district police officer]] was travelling under police escort, he added. "
    "The main road has been closed since, leaving [[an estimated 400,000 residents|civilians;a=local elders]] short of food and medicines, according to local elders.",
)

F(
    "Teachers stage sit-in at Maitighar",
    "[[Over 20,000 teachers|other;a=the Nepal Teachers' Federation]] from across the country staged a sit-in at Maitighar Mandala on Wednesday, demanding the passage of the School Education Bill, the Nepal Teachers' Federation said. "
    "Police said [[about 90 teachers|arrested;a=Police]] were detained briefly for entering the restricted zone at New Baneshwar.",
)

F(
    "Pensioners' march in Buenos Aires ends in clashes",
    "[[At least 20 people|injured;a=the SAME emergency medical service]] were injured, among them a {{74-year-old}} photographer, when police dispersed a pensioners' march outside Congress, according to the SAME emergency medical service. "
    "[[114 people|arrested;a=the Security Ministry]] were detained, the Security Ministry said.",
)

F(
    "Foro Penal: political prisoners pass 1,900",
    "The number of political prisoners in Venezuela has risen to [[1,903|arrested;a=Foro Penal]], including [[107 adolescents|arrested;a=Foro Penal]], according to Foro Penal. "
    "The group said [[24 people|killed;a=The group;alt=Foro Penal]] were killed in the protests that followed the presidential election.",
)

F(
    "Gangs storm Mirebalais, free inmates",
    "Gang members of the Viv Ansanm coalition stormed the town of Mirebalais overnight, freeing [[more than 500 inmates|other;a=the town's mayor]] from the civil prison, the town's mayor said. "
    "[[At least 5,000 residents|displaced;a=the International Organization for Migration]] have fled towards Saut-d'Eau, the International Organization for Migration said.",
)

F(
    "Jihadists overrun army base in Djibo",
    "[[Several hundred fighters|combatants;a=security sources]] on motorbikes attacked the army base in Djibo on Sunday, killing [[more than 50 soldiers|killed;a=security sources]], security sources told Anadolu. "
    "[[Dozens of civilians|killed;a=a local resident]] were also killed in the town, a local resident said.",
)

F(
    "Two terrorists killed as Army foils infiltration bid in Keran",
    "[[Two terrorists|killed;a=the Army]] were killed as troops foiled an infiltration bid along the Line of Control in Kupwara's Keran sector on Friday, the Army said. "
    "[[Two AK rifles|other;a=the Army]] and [[four grenades|other;a=the Army]] were recovered from them, the Army added.",
)

F(
    "Three Rohingya men killed in camp gunfight",
    "[[Three Rohingya men|killed;a=police]] were killed in a gunfight between rival armed groups at {{Camp 15}} in Ukhiya early Monday, police said. "
    "The camp is home to [[about 50,000 refugees|displaced;a=police]], police said, and [[13 suspects|arrested;a=police]] have been held since the clash.",
)

F(
    "WFP convoy reaches besieged Kadugli",
    "A convoy of [[22 trucks|aid;a=the World Food Programme]] carrying [[about 600 tonnes of food|aid;a=the World Food Programme;n=tonnes]] reached Kadugli in South Kordofan, the {{first}} in {{five months}}, the World Food Programme said. "
    "The agency said [[some 180,000 people|civilians;a=The agency;alt=the World Food Programme]] in the besieged town faced famine.",
)

F(
    "Tribal clash over land leaves 9 dead in Kurram's Boshehra",
    "[[Nine people|killed;a=the deputy commissioner]] were killed and [[17|injured;a=the deputy commissioner]] injured as rival tribes exchanged fire over a land dispute in Boshehra, the deputy commissioner told reporters. "
    "A jirga brokered a {{seven-day}} ceasefire on Thursday, and [[about 300 families|returned;a=the deputy commissioner]] who had left their homes began to return, he said.",
)

F(
    "Benue: herders' attack kills 19 in Yelwata",
    "Suspected armed herders killed [[at least 19 people|killed;a=the Benue State Police Command]] in an attack on Yelwata in Guma LGA on Friday night, the Benue State Police Command said. "
    "The local council chairman said [[more than 3,000 residents|displaced;a=The local council chairman]] had fled to the IDP camp at Daudu, which already holds [[some 12,000 people|displaced;a=The local council chairman]].",
)
