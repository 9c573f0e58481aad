"""India (Manipur's Meitei-Kuki violence, Nuh and the Jat agitation in Haryana) and Pakistan
(Kurram's land and sectarian clashes), 2016-2025: toll, camps, arms, forces, jirgas, returns."""

from _wrap import item

item(
    "Manipur violence: toll rises, thousands in relief camps",
    """IMPHAL (Reuters) - Ethnic clashes between the Meitei and Kuki communities in India's
    northeastern state of Manipur have killed [[at least 98 people|killed;a=the state
    government]] and injured [[310|injured;a=the state government]], the state government said
    on Thursday. [[More than 35,000 people|displaced;a=the state government]] are staying in
    [[272 relief camps|capacity;a=the state government]], it said. The army and paramilitary
    forces have deployed [[about 10,000 personnel|combatants]] in the state.""",
)

item(
    "Weapons looted from Manipur armouries",
    """Mobs have looted [[more than 4,000 weapons|other;a=police officials]] and [[over 500,000
    rounds of ammunition|other;n=rounds;a=police officials]] from police armouries in Manipur
    since {{May 3}}, police officials said. Only [[about 1,100 weapons|other;a=police
    officials]] have been returned, they said, after the chief minister appealed for their
    surrender within {{two weeks}}.""",
)

item(
    "Houses torched in Manipur's Moreh",
    """Armed men set fire to [[at least 30 houses|housing;a=officials]] and a number of shops in
    Moreh, a town on Manipur's border with Myanmar, on Tuesday, officials said. Security forces
    fired tear gas to disperse the crowd, and a curfew was imposed from {{5pm}}.""",
)

item(
    "Bodies of abducted camp residents found in Jiribam",
    """Police recovered [[six bodies|killed;a=a senior police officer]] from the Barak river in
    Manipur's Jiribam district on Saturday, those of women and children abducted from a relief
    camp earlier in the week, a senior police officer said. The abduction followed a gunfight in
    which security forces killed [[10 suspected militants|killed]]. The home ministry said
    [[nine more companies|combatants;u=other;p;a=The home ministry]] of central forces would be
    sent to the district, on top of the [[218 companies|combatants;u=other;a=The home ministry]]
    already in Manipur.""",
)

item(
    "Manipur to move displaced families into prefabricated homes",
    """The Manipur government said it would move [[about 1,200 displaced
    people|displaced;p;a=The Manipur government]] from relief camps into prefabricated houses by
    the end of the month. [[Some 3,000 prefabricated houses|capacity; a=officials]] have been
    built in Imphal East, Bishnupur and Kakching, officials said, each of about {{200 square
    feet}}.""",
)

item(
    "Children from relief camps admitted to schools",
    """[[Some 14,000 children|displaced;a=the state education department]] living in relief
    camps in Manipur have been admitted to schools near the camps, the state education
    department said. The department said it had given out [[9,500 school kits|aid;a=The
    department;alt=the state education department]]. {{Class 10}} and {{Class 12}} board exams
    were postponed by {{a month}}.""",
)

item(
    "Huge rally in Churachandpur",
    """[[Over one lakh people|other;v=100000;a=the organisers]] joined a rally in Churachandpur
    on Wednesday to demand a separate administration for the Kuki-Zo areas of Manipur, the
    organisers said. Police put the crowd at [[about 40,000|other;a=Police]]. Shops and offices
    were closed for the day.""",
)

item(
    "Nuh procession clash leaves six dead",
    """[[Six people|killed;a=Haryana's home minister]], including [[two home
    guards|killed;a=Haryana's home minister]], were killed in clashes that broke out in Nuh
    during a religious procession on Monday, Haryana's home minister said. [[More than 70
    people|injured;a=police]] were hurt and [[116 people|arrested;a=police]] have been arrested,
    police said. Authorities suspended mobile internet in the district for {{five days}}.""",
)

item(
    "Demolition drive in Nuh halted by court",
    """The Punjab and Haryana High Court on Monday halted a demolition drive in Nuh in which
    [[more than 1,200 structures|housing;a=district officials]], most of them shops and
    shanties, had been razed over {{four days}}, according to district officials. The district
    administration said the buildings were illegal; residents said they were targeted because of
    the violence of {{July 31}}.""",
)

item(
    "Mosque attacked in Gurugram",
    """A mob set fire to a mosque in Gurugram's {{Sector 57}} early on Tuesday, killing its
    {{22-year-old}} deputy imam, police said. Police said [[14 people|arrested;a=Police]] had
    been arrested and [[more than 200 FIRs|other;u=other;a=Police]] registered across the region
    since the Nuh violence.""",
)

item(
    "Jat quota agitation: army called in",
    """The army was deployed in [[eight districts|other;a=officials]] of Haryana on Sunday as
    the Jat quota agitation turned violent, with [[at least 30 people|killed;a=officials]]
    killed and shops, vehicles and railway stations burned, officials said. The state's chambers
    of commerce put the damage at {{Rs 20,000 crore}}. [[Ten columns|combatants;u=other]] of
    soldiers were flown into Rohtak.""",
)

item(
    "Clash over village common land in Kaithal",
    """[[Two men|killed;a=police]] were killed and [[12 people|injured;a=police]] injured when
    two groups clashed over village common land near Kaithal, police said. The dispute over {{14
    acres}} of panchayat land has been in court since {{2011}}. Police registered a case against
    [[37 people|arrested]] and arrested [[nine|arrested]].""",
)

item(
    "Kurram land dispute turns deadly",
    """[[At least 11 people|killed;a=officials]] were killed and [[46|injured;a=officials]]
    wounded in clashes over a disputed plot of land in the Boshehra area of Kurram, officials
    said on Tuesday. Heavy weapons were used on both sides, they said. A jirga of tribal elders
    was trying to negotiate a ceasefire.""",
)

item(
    "Gunmen attack passenger convoy in Kurram",
    """Gunmen opened fire on a convoy of [[about 200 vehicles|other;a=police]] travelling from
    Parachinar to Peshawar on Thursday, killing [[at least 42 people|killed;a=police]],
    including [[seven women|killed;a=police]], police said. The convoy had been escorted by
    police. The Khyber Pakhtunkhwa government declared {{three days}} of mourning.""",
)

item(
    "Bagan bazaar set on fire after convoy attack",
    """Armed men set fire to [[more than 300 shops|housing;a=local traders]] and [[about 100
    houses|housing;a=local traders]] in Bagan bazaar in Kurram on Friday in retaliation for the
    attack on a passenger convoy a day earlier, local traders said. [[About 2,000
    families|displaced;a=district officials]] fled to Hangu and Thall, according to district
    officials.""",
)

item(
    "Medicines flown into cut-off Parachinar",
    """A provincial government helicopter made [[14 flights|aid;a=officials]] to Parachinar this
    week to bring in medicines, as the main road remained closed for a {{second}} month,
    officials said. A local hospital administrator said [[at least 29 children|killed;a=A local
    hospital administrator]] had died for want of medicines since the road was closed.""",
)

item(
    "Kurram jirga agrees to dismantle bunkers",
    """A grand jirga of [[about 90 elders|other;a=the provincial government's spokesman]] from
    both sects agreed on Wednesday to hand over heavy weapons and dismantle [[nearly 900
    bunkers|housing;u=structure;p;a=the provincial government's spokesman]] in Kurram within {{a
    month}}, the provincial government's spokesman said. He said [[1,300 police and paramilitary
    personnel|combatants;p;n=personnel;a=the provincial government's spokesman]] would guard the
    road.""",
)

item(
    "Aid convoy reaches Parachinar",
    """A convoy of [[35 trucks|aid]] carrying food and medicine reached Parachinar on Saturday,
    the first since the road was closed in {{November}}. The deputy commissioner said the trucks
    carried [[6,000 food packages|aid;a=The deputy commissioner]]. Traders said prices of flour
    had risen by {{60%}}.""",
)

item(
    "Passengers abducted on Kurram road",
    """Gunmen stopped a passenger van on the Thall-Parachinar road and abducted [[seven
    people|kidnapped;a=police]], among them [[two government employees|kidnapped;a=police]],
    police said. The Kurram peace committee said [[four other people|missing;a=The Kurram peace
    committee]] had been missing since last week.""",
)

item(
    "Displaced Kurram families return after ceasefire",
    """[[About 600 families|returned;a=the district administration]] who fled the fighting in
    Lower Kurram have returned to their villages since the ceasefire, the district
    administration said. It said the government had paid compensation for [[143 damaged
    houses|housing;a=the district administration]], at {{Rs 500,000}} per house.""",
)
