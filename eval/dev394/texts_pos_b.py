"""dev394 positives, part b: South African troops and South Africans in other people's wars, and
the region's unrest, as the South African desk covers it. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Nine SANDF soldiers killed as M23 pushes into Goma",
        "Nine South African soldiers have been killed and at least 18 wounded in fighting "
        "around Goma over the past three days, the South African National Defence Force said on "
        "Saturday. The troops, part of the SADC mission in the eastern DRC and the UN "
        "stabilisation force, were holding positions near Sake when M23 fighters backed by "
        "Rwandan troops attacked with mortars and heavy machine guns. SANDF spokesperson "
        "Siphiwe Dlamini said soldiers had “repelled the attack and inflicted heavy losses” "
        "before withdrawing to the mission's base near Goma airport. Families at 1 Military "
        "Hospital in Pretoria said they had heard nothing from the department. Defence minister "
        "Angie Motshekga said the mission would continue. The DA and the EFF both called for "
        "the troops to be brought home, the EFF accusing the government of sending them to die "
        "“for nothing”. Residents of Goma said shelling went on through the night. "
        "The UN mission said thousands of displaced people had arrived at its bases in the "
        "city.",
        "B E M D",
        "battle",
    ),
    (
        "Mortar bomb kills two South African soldiers at base in Goma",
        "Two South African soldiers were killed and three wounded when a mortar bomb hit their "
        "base in Goma on Wednesday, the SANDF said in a statement. The soldiers belonged to the "
        "SADC Mission in the DRC, deployed since December to help Congolese troops against the "
        "M23 rebels. The statement did not say who fired the round, but M23 positions lie about "
        "20km north of the city around Sake, where fighting has intensified this month. The "
        "wounded were taken to a hospital in Goma. The Joint Standing Committee on Defence said "
        "it would ask for a briefing on whether the troops had enough air cover, after reports "
        "that South Africa's Rooivalk helicopters were grounded. Military analyst Helmoed "
        "Heitman told eNCA the soldiers were “dangerously thinly spread”. The names of the dead "
        "will be released after their families have been told. "
        "The SADC mission includes troops from Malawi and Tanzania as well as South Africa.",
        "E M",
        "shelling",
    ),
    (
        "SA soldier killed as UN helicopter comes under fire over Goma",
        "A South African soldier was killed and another injured when the Oryx helicopter they "
        "were flying in was hit by gunfire over Goma on Sunday, the SANDF said. The aircraft, "
        "flying for the UN mission in the DRC, landed safely at Goma airport despite the damage. "
        "Video shared on social media appeared to show the helicopter taking fire from the "
        "ground as it passed over the outskirts of the city. The UN mission said it was "
        "investigating who fired, as M23 rebels and Congolese forces were both in the area. The "
        "fighting near Kibumba and Rugari has displaced tens of thousands of people towards Goma "
        "this month. South Africa has about 1,150 soldiers in the UN's Force Intervention "
        "Brigade. The dead soldier's family in Mpumalanga said they had been told on Sunday "
        "evening. "
        "The SANDF said it was reviewing its flying procedures in the area. Rebels have shot at"
        " UN aircraft around Goma before, in one case downing a Puma helicopter.",
        "B M D",
        "attack_on_aircraft",
    ),
    (
        "South Africans trapped in Palma hotel as insurgents overrun town",
        "Dozens of South African contractors were among more than 180 people trapped in the "
        "Amarula Palma hotel on Thursday night after insurgents attacked the town in northern "
        "Mozambique, relatives and security contractors said. A convoy of 17 vehicles tried to "
        "break out on Friday afternoon but came under fire, and only seven reached the beach, "
        "where people were evacuated by boat. Adrian Nel, a South African, was killed in the "
        "ambush, his mother told News24. The Islamic State-linked militants, known locally as "
        "al-Shabaab, have fought in Cabo Delgado since 2017. Helicopters of the Dyck Advisory "
        "Group, a South African private military company, flew rescue sorties under fire. "
        "Thousands of residents fled into the bush or to the Total gas site at Afungi. The "
        "Department of International Relations said it was working with Maputo to account for "
        "all South Africans in Palma. "
        "Families of the missing gathered at a church in Johannesburg on Sunday to wait for "
        "news.",
        "T B D",
        "insurgent_attack",
    ),
    (
        "SA special forces kill insurgents in Cabo Delgado raid",
        "South African special forces serving with the SADC mission in Mozambique killed at "
        "least a dozen insurgents in an assault on a base near Chitama in Nangade district, the "
        "mission said on Tuesday. SAMIM said its troops, supported by helicopters, had overrun "
        "the camp after a two-hour firefight and recovered weapons, ammunition and a drone. One "
        "South African soldier was wounded. The operation followed a month of attacks on "
        "villages along the Messalo river. The SADC mission has about 2,000 troops in Cabo "
        "Delgado alongside Rwandan forces, which operate separately in Palma and Mocímboa da "
        "Praia. In Pretoria, the Joint Standing Committee on Defence heard that the South "
        "African contingent was short of airlift. Analysts say the insurgents have broken into "
        "smaller groups that move between the coast and the Niassa reserve. "
        "The mission's mandate was extended by SADC leaders in August.",
        "B M",
        "counterinsurgency",
    ),
    (
        "Thousands flee new insurgent attacks in Ancuabe",
        "More than 24,000 people have fled their homes in Ancuabe district in Cabo Delgado over "
        "the past fortnight after insurgents attacked villages along the N1 road, the "
        "International Organization for Migration said. Most have walked to Metuge and Pemba, "
        "where camps for displaced people were already full. The Islamic State claimed several "
        "of the attacks, saying its fighters had burned churches and killed Christians. Local "
        "officials said homes in at least nine villages were set alight. Aid workers said food "
        "distributions in Metuge had been cut because the World Food Programme had run short of "
        "funding. The Daily Maverick's correspondent in Pemba reported that families were "
        "sleeping in school classrooms. The government in Maputo has said the insurgency is "
        "contained, an assessment that residents of Ancuabe do not share. "
        "Several of the displaced said they had fled twice before, in 2020 and 2022.",
        "D H T",
        "displacement",
    ),
    (
        "Insurgents behead villagers near Macomia, residents say",
        "Insurgents beheaded at least five men in villages outside Macomia in Mozambique's Cabo "
        "Delgado province at the weekend, residents and a local official said, in the worst "
        "attack in the district this year. Survivors told the Mail & Guardian by phone that "
        "armed men arrived at dusk, separated the men from the women and accused them of helping "
        "the army. Several women and girls were taken, a church leader in Macomia said. The "
        "Islamic State's Mozambique branch later posted photographs it said showed the bodies. "
        "Rwandan and Mozambican troops were sent to the area on Monday. Cabo Delgado's insurgency "
        "has killed more than 6,000 people since 2017, according to the conflict monitor ACLED. "
        "Villagers who fled to Macomia town said they would not return until soldiers were "
        "stationed in their area. "
        "South Africa withdrew its troops from the SADC mission in Mozambique this year.",
        "V T D",
        "massacre",
    ),
    (
        "South Africans in Khartoum wait for convoy as fighting rages",
        "About 77 South Africans stranded in Khartoum were due to leave the Sudanese capital by "
        "road on Monday in a convoy to Egypt, the Department of International Relations and "
        "Cooperation said, as fighting between the army and the Rapid Support Forces entered a "
        "second week. Dirco spokesperson Clayson Monyela said the group included teachers, "
        "students and a family with young children. A South African teacher living near the "
        "airport told SABC News she had spent four days in a corridor as shells landed on her "
        "street. “We hear the jets every morning,” she said. The Gift of the Givers foundation "
        "was paying for buses to the Egyptian border at Argeen. Several other countries have "
        "evacuated their diplomats. The World Health Organization says more than 400 people "
        "have been killed since the fighting began. "
        "The journey to the border is more than 1,000km. Families of those still in Sudan "
        "gathered at Dirco's offices in Pretoria on Sunday.",
        "B E D",
        "evacuation",
    ),
    (
        "Gift of the Givers team in Gaza: 'There is no safe place'",
        "The Gift of the Givers foundation's staff in the Gaza Strip are sheltering in a school "
        "in Khan Younis after Israeli strikes flattened the building next to their office, the "
        "Johannesburg-based charity said on Friday. Founder Imtiaz Sooliman said the foundation's "
        "coordinator in Gaza had reported dozens of bodies being brought to Nasser hospital in a "
        "single night. The charity's trucks of medicines, bought in Egypt, have been waiting at "
        "the Rafah crossing for more than a week. Fuel for the hospital generators would run out "
        "within days, Sooliman said. Gaza's health ministry says more than 4,000 people have been "
        "killed since Israel began bombing the strip after the Hamas attacks of 7 October. "
        "Hundreds of thousands have moved south on Israeli orders. South Africa's government "
        "has called for an immediate ceasefire. "
        "The foundation's South African doctors, who planned to travel to Gaza, are waiting in "
        "Cairo.",
        "E H D",
        "airstrike",
    ),
    (
        "South Africans among the dead and missing after Hamas attack",
        "At least two South African-born Israelis were killed and a third is missing after "
        "Hamas gunmen stormed communities near the Gaza border on Saturday, the South African "
        "Jewish Board of Deputies said. One of the dead, a 53-year-old from Johannesburg who "
        "emigrated in the 1990s, was shot in his home on Kibbutz Be'eri, his brother told "
        "News24. The board called the attack “the worst terrorist atrocity against Jews since "
        "the Holocaust”. Families in Johannesburg and Cape Town said they were still waiting for "
        "news of relatives in the south of Israel. Dirco said it was aware of South African "
        "citizens affected and was working through its office in Tel Aviv. Israel has begun "
        "striking Gaza in response. The ANC said it was deeply concerned by the escalation and "
        "repeated its support for the Palestinian cause. "
        "Community leaders held a prayer vigil at a synagogue in Sandton on Sunday night.",
        "T V",
        "terror_attack",
    ),
    (
        "SA students in Ukraine flee west as Russian missiles hit cities",
        "South African students in Ukraine were making their way to the Polish and Romanian "
        "borders on Friday after Russian missiles hit targets near Kyiv and Kharkiv, some of "
        "them on foot after trains filled up. A medical student from Durban, studying in Sumy, "
        "told eNCA she had spent the night in her university's basement as explosions shook the "
        "windows. Dirco said about 180 South Africans had registered with the embassy in Kyiv "
        "and advised them to move to Lviv. At the Medyka crossing, African students said border "
        "guards had made them wait while Ukrainians were let through. Parents in Gauteng have "
        "set up a WhatsApp group to share news. The Department of Higher Education said it would "
        "look at placing returning medical students at South African universities. "
        "One student said he had paid R6,000 for a taxi from Kyiv to the Polish border and had "
        "waited for 30 hours to cross.",
        "E D",
        "missile_strike",
    ),
    (
        "South African men recruited by Russia say they are pinned down in Donbas",
        "Seventeen South African men who say they were tricked into joining the Russian army are "
        "now under fire near the front in Donbas, according to voice notes sent to their "
        "families and shared with the Daily Maverick. The men, most from KwaZulu-Natal and the "
        "Eastern Cape, travelled to Russia on what they were told was a bodyguard training "
        "course. In the recordings, one man describes Ukrainian drones circling their position "
        "and says two members of the group have been wounded. The Presidency confirmed it had "
        "received distress calls and was talking to Moscow about bringing them home. Police are "
        "investigating the people who recruited them. The case has been politically sensitive "
        "because a daughter of former president Jacob Zuma has been named in affidavits as one "
        "of the recruiters, which she denies. "
        "Families in Durban said they had not heard from some of the men for more than a week.",
        "B E",
        "battle",
    ),
    (
        "South African hostage Pierre Korkie killed in failed US rescue in Yemen",
        "South African teacher Pierre Korkie was killed by his al-Qaeda captors in Yemen during "
        "a failed rescue attempt by US special forces early on Saturday, a day before he was "
        "due to be freed, the Gift of the Givers foundation said. American journalist Luke "
        "Somers, held with him, also died. The foundation had negotiated Korkie's release and "
        "said his family was told he would be home for Christmas. US officials said the raid in "
        "Shabwa province came after intelligence that Somers was about to be executed, and that "
        "militants shot both hostages as commandos approached. Korkie had been held by al-Qaeda "
        "in the Arabian Peninsula since May 2013, when he and his wife Yolande were seized in "
        "Taiz. “The psychological blow to his wife and children is devastating,” Imtiaz "
        "Sooliman said. "
        "Yolande Korkie was released in January after the foundation negotiated with tribal "
        "elders. Korkie's body was to be flown home to Bloemfontein.",
        "M V T",
        "hostage_raid",
    ),
    (
        "South African among the dead in Nairobi hotel siege",
        "A South African businessman was among at least 21 people killed when al-Shabaab gunmen "
        "attacked the DusitD2 hotel complex in Nairobi, the Department of International "
        "Relations confirmed on Wednesday. The man, from Pretoria, was in Kenya to meet clients "
        "and was having lunch in the complex when the attackers blew up cars and opened fire. "
        "Kenyan special forces ended the siege after almost 20 hours, killing five attackers. "
        "The Somali jihadist group said the assault was a response to the US embassy's move to "
        "Jerusalem. The businessman's company said in a statement that colleagues were "
        "“shattered”. Kenya's interior minister said several suspects had been arrested. About "
        "700 people were evacuated from the buildings during the siege. "
        "South Africa's high commission in Nairobi said it was in touch with the man's family. "
        "The complex houses offices, banks and a hotel popular with foreign visitors.",
        "T E",
        "terror_attack",
    ),
    (
        "Eswatini protesters killed as army deployed against unrest",
        "At least 27 people have been killed in Eswatini in a week of protests and looting, "
        "according to rights groups, as soldiers patrolled Manzini and Mbabane and the "
        "government imposed a dusk-to-dawn curfew. Protesters demanding democratic reforms have "
        "set fire to businesses linked to King Mswati III, and the army has been accused of "
        "firing live rounds at crowds. The internet has been cut for long stretches. Truck "
        "drivers at the Oshoek border post said they had been turned back by soldiers. South "
        "Africa's Dirco called for restraint, and a SADC team led by former minister Jeff "
        "Radebe arrived in Mbabane. The Communist Party of Swaziland, which operates largely "
        "from South Africa, said its members had been abducted. Schools and banks remained "
        "closed across the kingdom. "
        "Refugees from Eswatini who crossed into Mpumalanga told News24 that soldiers had "
        "beaten people in their homes in Manzini. South African truckers said their trucks had "
        "been stoned near the border.",
        "U M D",
        "crackdown",
    ),
    (
        "Lebombo border shut as Mozambique post-election unrest turns deadly",
        "South Africa closed the Lebombo border post on Wednesday after protesters on the "
        "Mozambican side torched trucks and the customs buildings at Ressano Garcia, the Border "
        "Management Authority said. Mozambican police fired tear gas and live ammunition at "
        "crowds protesting against the declared victory of Frelimo in October's election. "
        "Hundreds of Mozambicans crossed into Mpumalanga to escape the violence, officials in "
        "Komatipoort said. The rights group Plataforma Decide says more than 150 people have "
        "been killed by security forces since the protests began. Opposition candidate Venâncio "
        "Mondlane, speaking from exile, called for fresh protests. Trucks carrying chrome and "
        "coal were backed up for 20km on the N4. "
        "The Border Management Authority said it would reopen the border once it was safe for "
        "officers to work. South African hauliers said several of their drivers had been "
        "attacked on the Mozambican side and one truck had been burned with its load. Dirco "
        "advised South Africans not to travel to Maputo.",
        "U D",
        "crackdown",
    ),
    (
        "Lesotho PM flees to South Africa after soldiers storm police headquarters",
        "Lesotho prime minister Tom Thabane fled to South Africa on Saturday after soldiers "
        "seized police headquarters in Maseru and disarmed officers in what his government "
        "called an attempted coup. A police officer was killed and several wounded in an "
        "exchange of fire at the Police Headquarters, according to the police. Soldiers also "
        "surrounded the prime minister's residence and State House. The army said it had acted "
        "against police officers it accused of planning to arm supporters of a political party. "
        "South Africa's Dirco said it would not tolerate an unconstitutional change of "
        "government. SADC leaders were due to meet in Pretoria on Monday. Radio stations in "
        "Maseru went off air for several hours. "
        "Lesotho's army chief, Lieutenant-General Tlali Kamoli, whom Thabane had tried to "
        "dismiss the night before, denied that it was a coup. Residents said the streets of the"
        " capital were quiet on Sunday, with soldiers at checkpoints on main roads.",
        "B",
        "coup_attempt",
    ),
    (
        "Zimbabwe soldiers open fire on Harare protesters after election",
        "At least three people were killed in Harare on Wednesday when soldiers opened fire on "
        "opposition supporters protesting against delays in announcing the presidential "
        "election result, Zimbabwe's police said. Demonstrators burned cars and threw stones "
        "near the electoral commission's offices before troops in armoured vehicles moved into "
        "the city centre. A South African journalist working for eNCA was among reporters who "
        "took cover in a hotel as shots were fired. The MDC Alliance accused the government of "
        "using the army to intimidate its supporters. South Africa's Dirco urged calm. Shops in "
        "central Harare closed early and streets were deserted by evening. "
        "President Emmerson Mnangagwa said he would set up an independent inquiry into the "
        "shootings. The opposition leader Nelson Chamisa said his party had won the election "
        "and accused the army of murder. Human rights groups said dozens of people had been "
        "beaten in the townships overnight. South African observers had praised the vote as "
        "peaceful only days earlier.",
        "U M",
        "crackdown",
    ),
]
