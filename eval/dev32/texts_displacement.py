"""dev32 figures items: displacement, refugees and returns. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- displacement, refugees and returns

F(
    "Sudanese refugees keep crossing into Chad",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since fighting began in {{April 2023}}, UNHCR said on Tuesday. "
    "The agency said [[about 1,500 people a day|displaced;a=The agency;alt=UNHCR]] were crossing at Adré, most of them women and children. "
    "It plans to open [[two new camps|capacity;p;a=UNHCR]] before the rainy season, each built for [[50,000 people|capacity;p;a=UNHCR]].",
)

F(
    "Thousands flee fighting in Rakhine",
    "[[Tens of thousands of people|displaced;a=local aid groups]] have fled Buthidaung township in Myanmar's Rakhine state as the Arakan Army advanced on the town, local aid groups said. "
    "Bangladesh border guards said they had pushed back [[about 200 Rohingya|returned;a=Bangladesh border guards]] who tried to cross the Naf river on Sunday.",
)

F(
    "Afghans return from Pakistan as deadline passes",
    "[[More than 170,000 Afghans|returned;a=Pakistan's interior ministry]] have left Pakistan since the government ordered undocumented foreigners to leave by {{November 1}}, Pakistan's interior ministry said. "
    "Officials at the Torkham crossing said [[about 10,000 people|returned;a=Officials at the Torkham crossing]] crossed on Thursday alone. "
    "The UN has warned that [[1.7 million Afghans|civilians;a=The UN]] in Pakistan are at risk of deportation.",
)

F(
    "Haiti gang violence drives new displacement",
    "Gang attacks on the town of Mirebalais forced [[more than 6,000 people|displaced;a=the International Organization for Migration]] from their homes in a single week, the International Organization for Migration said. "
    "The agency said [[1 million people|displaced;a=The agency;alt=the International Organization for Migration]] were now displaced across Haiti, the highest number on record. "
    "Gangs also freed [[about 500 inmates|other]] from the town's prison.",
)

F(
    "Families return to Mosul's old city",
    "[[About 4,000 families|returned;a=the city council]] have returned to Mosul's old city over the past year, the city council said. "
    "The council said [[more than 8,000 homes|housing;a=The council;alt=the city council]] in the area were destroyed during the battle against Islamic State in {{2017}}, and [[only 1,200|housing;u=structure;a=The council;alt=the city council]] had been rebuilt.",
)

F(
    "Ukrainians flee Vovchansk",
    "Police evacuated [[more than 8,000 people|displaced;a=Kharkiv governor Oleh Syniehubov]] from Vovchansk and nearby villages as Russian forces pushed across the border, Kharkiv governor Oleh Syniehubov said. "
    "He said [[about 200 residents|civilians;a=Kharkiv governor Oleh Syniehubov]] refused to leave the town.",
)

F(
    "Sahel: displacement in Burkina Faso passes two million",
    "[[More than 2 million people|displaced;a=the government's emergency relief council]] are internally displaced in Burkina Faso, the government's emergency relief council said in its latest count. "
    "[[Nearly 6,000 schools|other;a=the education ministry]] are closed because of insecurity, the education ministry said, leaving [[about 1 million children|other;a=the education ministry]] out of class.",
)

F(
    "Rohingya boat lands in Aceh",
    "A wooden boat carrying [[about 180 Rohingya refugees|displaced;a=a local fishermen's leader]] landed on a beach in Aceh on Sunday, a local fishermen's leader said. "
    "Residents refused to let them stay and pushed the boat back to sea. "
    "UNHCR said [[more than 1,500 Rohingya|displaced;a=UNHCR]] had reached Indonesia by boat since {{November}}.",
)

F(
    "Venezuelans stream through Darién",
    "[[More than 520,000 migrants|displaced;a=Panama's migration service]] crossed the Darién jungle into Panama last year, Panama's migration service said, {{about 60 percent}} of them Venezuelans. "
    "The service said it had recovered [[36 bodies|killed;a=The service;alt=Panama's migration service]] along the route.",
)

F(
    "Lebanese return south after truce",
    "Cars packed with mattresses jammed the road south from Beirut on Wednesday as displaced families headed home hours after a ceasefire between Israel and Hezbollah took effect. "
    "Lebanon's disaster management unit said [[more than 180,000 people|returned;a=Lebanon's disaster management unit]] had gone back on the first day, while [[about 30,000|displaced;a=Lebanon's disaster management unit]] were still in collective shelters. "
    "The Lebanese army said it would deploy [[10,000 more troops|combatants;p;a=The Lebanese army]] to the south.",
    ["first day"],
)

F(
    "Mozambique: insurgent attacks displace thousands in Cabo Delgado",
    "Insurgent attacks on villages in Chiure district displaced [[more than 67,000 people|displaced;a=the International Organization for Migration]] in two weeks, the International Organization for Migration said. "
    "Most went to Ocua and to neighbouring Nampula province. "
    "The insurgents also burned a school and a health centre.",
    ["two weeks"],
)

F(
    "Ethiopia: Tigrayan displaced return to Raya",
    "[[About 30,000 displaced Tigrayans|returned;a=the interim regional administration]] have gone back to their homes in southern Tigray under a plan agreed with the federal government, the interim regional administration said. "
    "The administration said [[more than 1 million people|displaced;a=The administration;alt=the interim regional administration]] remain in camps and host communities.",
)

F(
    "Syrians cross back from Lebanon",
    "[[About 400,000 people|displaced;a=Lebanon's government]] crossed from Lebanon into Syria during the {{first month}} of Israeli strikes, Lebanon's government said, {{about 70%}} of them Syrians. "
    "[[More than 500,000 people|displaced;a=the government;alt=Lebanon's government]] were staying in collective shelters inside Lebanon, the government said.",
)

F(
    "Ukrainian refugees in Europe",
    "[[About 4.3 million Ukrainians|displaced;a=Eurostat]] had temporary protection in the European Union at the end of {{March 2025}}, Eurostat said. "
    "Germany hosted [[about 1.2 million|displaced]], followed by Poland with [[nearly 1 million|displaced]].",
)

F(
    "Central African Republic refugees in Cameroon",
    "[[Some 4,000 refugees|displaced;a=the UN refugee agency]] from the Central African Republic crossed into eastern Cameroon last month after fighting around Bocaranga, the UN refugee agency said. "
    "The agency said it was registering [[about 150 new arrivals|displaced;a=The agency;alt=the UN refugee agency]] a day at Garoua-Boulaï.",
)

F(
    "Nagorno-Karabakh exodus",
    "Armenia's government said [[more than 100,000 people|displaced;a=Armenia's government]] had arrived from Nagorno-Karabakh, nearly the entire population of the enclave. "
    "Prime Minister Nikol Pashinyan said the government would provide housing for [[about 40,000 of them|capacity;n=-;p;a=Prime Minister Nikol Pashinyan]].",
)

F(
    "South Sudan returnees at Renk",
    "[[More than 800,000 people|returned;a=the UN refugee agency]] have crossed from Sudan into South Sudan since {{April 2023}}, most of them South Sudanese returning home, the UN refugee agency said. "
    "The transit centre at Renk, built for [[3,000 people|capacity]], is holding [[about 12,000|displaced;a=aid workers]], aid workers said.",
)

F(
    "Kenya: Dadaab camps take in Somalis",
    "[[About 135,000 new arrivals|displaced;a=the Kenyan government]] from Somalia have registered in the Dadaab camps since the drought began, the Kenyan government said. "
    "It said it would reopen the {{Ifo 2}} camp, closed in {{2018}}.",
)

F(
    "Colombia: Catatumbo violence forces mass displacement",
    "Fighting between the ELN and FARC dissidents in Catatumbo has displaced [[more than 50,000 people|displaced;a=the ombudsman's office]], the ombudsman's office said. "
    "The Defence Ministry said [[80 people|killed;a=The Defence Ministry]] had been killed. "
    "President Gustavo Petro declared a state of internal commotion and sent [[5,000 soldiers|combatants]] to the region.",
)

F(
    "Manipur: relief camps still full",
    "[[About 60,000 people|displaced;a=state officials]] remain in relief camps in Manipur {{a year}} after ethnic violence broke out, state officials said. "
    "There are [[more than 300 relief camps|capacity;a=state officials]] across the state, they said.",
)
