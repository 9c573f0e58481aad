"""dev129 positives, part c: features, explainers and reports that report current violence."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Amhara's teachers have not been paid in months. Now their market has been bombed",
        "In the hill town of Gelgel, in Ethiopia's Amhara region, the primary school has been "
        "shut since last year and its teachers have not received a salary since the spring. "
        "Some have gone to the capital; others farm, or sell tea at the weekly market. That "
        "market was where a drone strike landed on Tuesday afternoon, residents and a health "
        "official said, killing at least 26 people as it was at its busiest. 'There were no "
        "fighters there, only people buying grain and salt,' said a teacher who was helping to "
        "carry the wounded to the clinic, which has no surgeon. Ethiopia's federal army has been "
        "fighting Fano, a loose network of Amhara militias, since August 2023, when the militias "
        "briefly seized several towns, and it has relied increasingly on drones. Fano fighters "
        "clashed with soldiers on the outskirts of Gelgel over the weekend, residents said, "
        "before withdrawing into the hills. The government did not comment on the strike. Aid "
        "agencies say more than four million children in the region are out of school, many of "
        "them because teachers fled or classrooms were occupied by troops. Telephone and "
        "internet connections to much of rural Amhara have been cut for months, which is why "
        "news of the strike took two days to reach the capital.",
        "E V B",
        "drone strike on market",
    ),
    (
        "TotalEnergies wants to restart its Mozambique gas project. The insurgents have other plans",
        "Four years after it halted work on a $20 billion liquefied natural gas plant in northern "
        "Mozambique, TotalEnergies says it is ready to restart. The French company has asked "
        "lenders to confirm their financing, and Mozambique's government, which had counted on "
        "gas revenues to pay down its debts, is eager. The security picture is less obliging. "
        "Fighters of the local Islamic State affiliate, known as al-Shabaab though unrelated to "
        "the Somali group, attacked several villages in Macomia district this month, beheading "
        "at least five people and burning homes, according to local officials and a monitoring "
        "group; more than 8,000 people fled towards the district capital in a week. Rwandan "
        "troops, who arrived in 2021 and have secured the area around the gas site on the Afungi "
        "peninsula, cannot be everywhere. The company commissioned a human rights report that "
        "recommended more spending on the communities around the plant, and it has promised "
        "jobs and training. Investors will weigh all of this against a strong gas market in Asia "
        "and Europe. The bet is that a fenced peninsula can prosper in a province that is not at "
        "peace. The previous bet, in 2021, ended with the evacuation of the site by sea.",
        "T V D",
        "insurgent attacks",
    ),
    (
        "In a Kursk school gym, evacuees wait for news of the border",
        "The gym of School No 8 in Kursk now holds 140 camp beds, a table of donated clothes and a "
        "television that nobody turns off. The people sleeping here come from Sudzha and the "
        "villages around it, the district of the Kursk region that Ukrainian troops entered on "
        "Tuesday in the largest incursion into Russian territory since the start of the war. "
        "Russia's defence ministry says the attack has been halted and that heavy fighting "
        "continues near the border; Ukrainian soldiers posting videos from the centre of Sudzha "
        "suggest otherwise. Regional officials say more than 76,000 people have been evacuated. "
        "Many left in such a hurry that they brought nothing but their passports. 'We heard "
        "shooting on the main street and the neighbour said: get in the car,' said Valentina, "
        "67, who left her chickens and her dog behind. The Kremlin has declared a federal state "
        "of emergency and a counter-terrorist regime in three border regions. On state television "
        "the incursion is described as a provocation; in the gym, evacuees want to know why the "
        "army was not there. Several said they had learnt more from Ukrainian Telegram channels "
        "than from the news. A volunteer from the city hands out SIM cards so that people can "
        "call relatives left behind in the villages.",
        "B M D",
        "cross-border incursion",
    ),
    (
        "Solingen had wanted to celebrate itself. Now it mourns",
        "The festival was meant to mark 650 years of Solingen, the city of blades in western "
        "Germany, with bands, food stalls and a stage on the Fronhof square. On Friday evening, "
        "as a crowd listened to the music, a man walked through the square stabbing people in "
        "the neck. Three people were killed and eight injured, several of them seriously. A "
        "26-year-old Syrian man turned himself in to police on Saturday night, and federal "
        "prosecutors, who have taken over the case, say they suspect him of membership of the "
        "Islamic State group, which claimed the attack through its propaganda agency. The "
        "suspect had been due to be deported to Bulgaria last year, and the failure to send him "
        "back has set off a fierce political row in Berlin over migration and knife laws. In "
        "Solingen itself, the mood is quieter. On Sunday hundreds of people laid flowers and "
        "candles at the Fronhof, and the mayor, Tim Kurzbach, said the city had wanted to "
        "celebrate its diversity and would not let it be taken away. Shops in the old town "
        "reopened on Monday with black ribbons on their doors. A barber who runs a salon near "
        "the square said his customers, German and Turkish and Syrian, talked about nothing "
        "else.",
        "T V",
        "knife attack treated as terrorism",
    ),
    (
        "Evicted by the bulldozers, Jenin's camp families camp in their relatives' living rooms",
        "Nidal Abu Hassan's family of nine has lived for five weeks in his brother's three-room "
        "flat in Jenin's eastern quarter, a kilometre and a world away from the refugee camp "
        "where they were born. They left when Israeli troops, backed by drones and armoured "
        "bulldozers, moved into the camp in January at the start of an operation the army calls "
        "Iron Wall, aimed, it says, at armed groups that had made the camp their stronghold. "
        "Soldiers are still inside. This week bulldozers cut new roads through the alleys and "
        "the army blew up about 20 buildings in the Hawashin neighbourhood, residents said, "
        "and troops fired on people trying to go back for their belongings. The UN says some "
        "40,000 Palestinians have been displaced from the Jenin, Tulkarem and Nur Shams camps, "
        "the largest displacement in the West Bank since 1967, and Israel's defence minister has "
        "said residents will not be allowed to return for the rest of the year. Schools in the "
        "city run double shifts for displaced children. The UN agency for Palestinian refugees, "
        "which ran the camp's clinics and schools, has been barred by Israeli law from operating "
        "on land Israel considers its own. Nidal still carries the key to his house, a habit "
        "his grandfather also had.",
        "M D V",
        "military operation in refugee camp",
    ),
    (
        "Where Ukraine's front line stands as winter approaches, in five maps",
        "Ukraine's front line runs for about 1,200 kilometres from the Kharkiv region in the "
        "north to the Dnipro river in the south, but only a few stretches of it are moving. The "
        "most important is the Pokrovsk direction in the Donetsk region, where Russian forces "
        "have pressed for more than a year and entered the outskirts of Pokrovsk and Myrnohrad "
        "this month, according to Ukrainian and independent analysts. Russian troops advanced "
        "about 500 square kilometres in October, the Institute for the Study of War estimates, "
        "slower than in the summer but at a heavy cost in men. Further south, near Huliaipole in "
        "the Zaporizhzhia region, Russian units crossed the Haichur river and captured three "
        "villages in the past fortnight. In the north, around Kupiansk, Ukraine says it has "
        "pushed Russian infiltration groups out of the town's northern districts. Most of the "
        "fighting is done by small infantry groups and drones; the armoured assaults of 2023 "
        "have largely disappeared. Russia still holds about a fifth of Ukraine, a share that has "
        "barely changed in two years. The maps below show the changes since January, with the "
        "areas captured in the past month marked in red.",
        "B",
        "front-line advances",
    ),
    (
        "In Kenscoff, a school principal counts the students who did not come back",
        "Before the gangs came, Marie-Ange Joseph's school in the hills above Port-au-Prince had "
        "412 students, many of them children whose families had already fled the capital. "
        "Kenscoff, with its cool air and vegetable farms, was where people went to feel safe. On "
        "Monday, the principal took the roll in a borrowed church hall in Pétion-Ville and "
        "counted 96. Members of the Viv Ansanm gang coalition attacked villages around Kenscoff "
        "last week, burning houses, shooting residents and fighting police and local self-defence "
        "groups for control of the road, according to residents and the UN. The UN says at "
        "least 30 people were killed and more than 3,000 fled in a few days. Kenyan police from "
        "the multinational support mission were sent to the area on Friday. Joseph has lost "
        "touch with dozens of families; some went down to the coast, some to the Dominican "
        "border. “Some of my students have moved four times in two years,” she said. “Each time, "
        "I tell them the school will follow them. I am running out of places to follow them "
        "to.” Haiti's gangs now control most of the capital and its roads, and the transitional "
        "council that runs the country has promised elections it has no way to hold.",
        "V B D M",
        "gang attack on town",
    ),
    (
        "Catatumbo's exodus: 'They came with lists of names'",
        "The football stadium in Cúcuta, the Colombian border city, has become the country's "
        "largest shelter in a week. Families sleep on mattresses in the stands and on the "
        "running track, and queue in the car park for soup and medical checks. They fled "
        "Catatumbo, a coca-growing region along the Venezuelan border, after the National "
        "Liberation Army (ELN) launched an offensive on 16 January against a rival dissident "
        "faction of the former FARC guerrillas. The fighting has killed at least 80 people, "
        "according to the regional governor, among them a social leader, a couple and their "
        "baby, and former FARC fighters who had signed the 2016 peace agreement. 'They came with "
        "lists of names, and went from farm to farm,' said a woman from Tibú who arrived with "
        "her two sons. Authorities have registered more than 36,000 displaced people, the "
        "largest displacement in Colombia in decades. President Gustavo Petro suspended peace "
        "talks with the ELN and declared a state of internal commotion, sending 5,000 troops to "
        "the region. In Cúcuta, the city's hospitals are full and the municipality has asked the "
        "national government for emergency funds. Many of the displaced say they have no "
        "intention of going back.",
        "B V D H M",
        "armed groups' offensive",
    ),
    (
        "Goma's money problem: the banks closed when the rebels came, and never reopened",
        "In Goma, the largest city in eastern Congo, the cash runs through motorbike taxis, "
        "money changers on the roundabouts and the mobile-money kiosks that line every street. "
        "It has to: the banks closed in January when the M23 rebels, whom UN experts say are "
        "backed by Rwanda, took the city, and they have not reopened since. Civil servants paid "
        "from Kinshasa cannot reach their salaries; traders smuggle dollars across the border "
        "from Gisenyi in Rwanda and sell them at a mark-up. Mobile-money operators say "
        "withdrawals have doubled, while their agents struggle to keep enough cash. The rebels "
        "have set up their own tax office, and their own mayor. Some residents say the streets "
        "are safer at night and that the roadblocks where soldiers and militiamen used to "
        "extort money have gone; others describe arbitrary arrests, forced community work and "
        "a climate in which nobody criticises the new authorities in public. The airport, "
        "damaged in the battle for the city, is still closed, so goods come in by road from "
        "Rwanda and Uganda, and the price of imported rice and cooking oil has risen by about "
        "a third. The camps around the city, which held hundreds of thousands of displaced "
        "people until January, have mostly been emptied, their residents told to go home to "
        "villages where many houses no longer stand. The war has not stopped. This week M23 "
        "fighters clashed with the army and allied Wazalendo militias in the hills of South Kivu's "
        "Walungu territory, and the UN said some 15,000 people fled the fighting towards the "
        "town of Kaziba. A peace deal signed in Washington in June has done little on the "
        "ground, and talks in Doha between the government and the rebels have stalled over "
        "prisoner releases. For shopkeepers in Goma, the question is simpler. 'I need to know "
        "which bank I will use next year,' said one, 'and which flag will be over it.'",
        "B D",
        "rebel clashes",
    ),
]
