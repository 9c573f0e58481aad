"""dev384 items: people leaving the occupied territories through Russia, the Baltic states and the
Zaporizhzhia crossing, and the places that take them in, 2022-2026."""

from _wrap import item

item(
    "Sumy crossing: the only way out through Russia",
    """The Kolotilovka-Pokrovka crossing between Russia's Belgorod region and Ukraine's Sumy region
    was for months the only land route by which residents of occupied territories could reach
    Ukrainian-controlled land. Ukraine's border guard service said [[about 150 people a
    day|displaced;a=Ukraine's border guard service]] crossed on foot along a {{2-km}} corridor at
    its peak in {{2023}}, and that [[more than 47,000 people|displaced;a=Ukraine's border guard
    service]] had used it before it closed. Most were elderly, a spokesman said, and [[dozens|injured;a=a
    spokesman]] needed medical help after waiting in the open for up to {{three days}}. Russian border
    guards turned back [[at least 400 men|other;a=Ukrainian volunteers]] of fighting age, Ukrainian
    volunteers said. A reception point on the Ukrainian side, run by the Red Cross, had [[80
    beds|capacity;u=other]] and handed out [[some 12,000 hygiene kits|aid]] in its {{first year}}.
    [[Two volunteers|killed]] were killed when Russian drones struck the road near the crossing in
    {{autumn 2023}}.""",
)

item(
    "Zaporizhzhia hub receives 1,000 arrivals from occupied south",
    """The humanitarian hub in Zaporizhzhia received [[1,034 people|displaced;a=the regional military
    administration]] from occupied parts of the region last month, the regional military
    administration said, most of them via Russia, Georgia and the Baltic states. Since {{2022}}, the
    hub has registered [[over 210,000 arrivals|displaced;a=the administration;alt=the regional military
    administration]], the administration said. Among last month's arrivals were [[143
    children|displaced]] and [[about 60 people|displaced]] with disabilities who travelled with
    volunteers. The hub's [[two dormitories|capacity;u=structure]] can shelter [[up to 350 people|capacity]] for a
    few nights, and it gives each arrival a one-off payment of {{UAH 2,000}}. The UN refugee agency
    said it had helped [[about 9,000 households|aid;a=The UN refugee agency]] from the occupied areas
    with cash and blankets this year. Officials expect [[around 1,500 more|displaced;p;n=-;a=Officials]]
    to arrive before the winter.""",
)

item(
    "Vasylivka checkpoint queues: thousands stranded in cars",
    """Thousands of people trying to leave occupied Zaporizhzhia region were stranded in a queue of
    cars stretching for {{several kilometres}} outside Vasylivka on Saturday, local officials said.
    The Russian-installed authorities let [[1,100-1,200 vehicles|displaced;a=The Russian-installed
    authorities]] through over the weekend, they said, against [[more than 4,000|displaced;a=local
    officials]] waiting. Ivan Fedorov, the exiled mayor of Melitopol, said [[up to 20,000
    people|displaced;a=Ivan Fedorov]] had been waiting for {{days}} at the checkpoint. Shelling near the
    queue killed [[three civilians|killed;a=Ukrainian officials]] and wounded [[at least nine|injured;a=Ukrainian
    officials]], Ukrainian officials said; Russia blamed Ukrainian forces. Volunteers in Zaporizhzhia
    said they had set up [[40 tents|capacity]] and a field kitchen serving [[2,500 meals a day|aid]] for
    those who got through. [[Hundreds of families|displaced;a=Fedorov;alt=Ivan Fedorov]] spent nights
    in their cars, Fedorov said.""",
)

item(
    "Latvia's Terehova crossing: the long road from Mariupol",
    """At Latvia's Terehova border post, Ukrainians leaving occupied areas through Russia arrive on
    foot after hours of questioning by Russian border guards. The Latvian State Border Guard said
    [[8,412 Ukrainians|displaced;a=The Latvian State Border Guard]] entered through Terehova and other
    posts last year, up from [[about 5,900|displaced;a=The Latvian State Border Guard]] the year
    before. It refused entry to [[37 people|other;a=The Latvian State Border Guard]] who lacked
    documents. Volunteers from the Rubikus Latvia group say they have helped [[more than 70,000
    people|displaced;a=Volunteers from the Rubikus Latvia group]] transit Russia since {{2022}},
    arranging buses from Rostov and Pskov. The group said {{about a fifth}} of those it helps are
    children, and that [[roughly 300|other;a=The group;alt=the Rubikus Latvia group]] had been held
    by Russian border guards for {{more than 24 hours}}. A reception centre in Riga has [[120
    places|capacity;u=other]] and saw [[9 to 12 new arrivals a day|displaced]] in the summer.""",
)

item(
    "Evacuation from Oleshky after dam breach: Russian authorities refused, residents say",
    """After the Kakhovka dam was destroyed on {{June 6, 2023}}, Russian-installed authorities in
    occupied Oleshky evacuated [[only about 300 people|displaced;a=residents]], residents said, while
    [[thousands|civilians;a=residents]] stayed on rooftops and in attics. Human Rights Watch said
    [[at least 31 people|killed;a=Human Rights Watch]] drowned in Oleshky and nearby villages, and
    that the true toll was probably much higher. Moscow-installed officials reported [[59
    deaths|killed;a=Moscow-installed officials]] across the occupied left bank. Ukrainian volunteers
    who reached the area by boat from the right bank said they rescued [[more than 100
    residents|displaced;a=Ukrainian volunteers]] before Russian forces fired on them, wounding [[two
    rescuers|injured]]. The Oleshky council estimated that [[about 2,000 houses|housing;a=The Oleshky
    council]] were flooded.""",
)

item(
    "Mariupol residents leave via Georgia, thousands a month",
    """Georgia's interior ministry said [[about 4,300 Ukrainian citizens|displaced;a=Georgia's
    interior ministry]] entered the country through the Upper Lars crossing in {{January}}, many of
    them residents of Mariupol and other occupied cities travelling through Russia. From Georgia,
    most fly on to Europe or travel through Turkey and Moldova to Ukraine, a route of {{more than
    3,000 km}}. The Ukrainian embassy in Tbilisi said it had issued [[some 2,100 emergency travel
    documents|other;a=The Ukrainian embassy in Tbilisi;u=other]] since {{2022}} to people whose
    passports were taken in filtration. Georgian charities have housed [[about 600 families|displaced;a=Georgian
    charities]] in Batumi and Tbilisi, they said. The Mariupol city council, working in exile, says
    [[around 100,000 residents|civilians;a=The Mariupol city council]] remain in the city, out of a
    pre-war population of [[430,000|civilians;a=The Mariupol city council]]. It estimates that
    [[at least 8,000|killed;a=The Mariupol city council]] died in the siege of {{2022}}.""",
)

item(
    "Men of fighting age barred from leaving occupied Zaporizhzhia",
    """Occupation authorities in Zaporizhzhia region have stopped men aged {{18 to 60}} who hold
    Russian passports from leaving, residents and Ukrainian officials say. Ukraine's Centre of
    National Resistance said [[about 2,000 men|combatants;a=Ukraine's Centre of National
    Resistance]] from the region had been called up by the Russian army since the {{autumn 2022}}
    mobilisation. Of those turned back at checkpoints, [[hundreds|arrested;a=the centre;alt=Ukraine's
    Centre of National Resistance]] were sent to military enlistment offices, the centre said.
    Ivan Fedorov, the head of the Zaporizhzhia regional administration, said [[some 70
    residents|killed;a=Ivan Fedorov]] who were mobilised had been killed at the front. Russia's
    regional proxy governor Yevgeny Balitsky said [[4,500 volunteers|combatants;a=Russia's regional
    proxy governor Yevgeny Balitsky]] from the region had joined Russian units. Men who want to leave
    now pay smugglers up to {{$3,000}}, Fedorov said, and [[at least 120|arrested;a=Fedorov;alt=Ivan
    Fedorov]] have been caught and detained this year. Volunteers said [[about 35 men|displaced;a=Volunteers]]
    had managed to leave through Crimea and Georgia last month.""",
)

item(
    "UNHCR: a trickle of people from occupied areas reaches Sumy",
    """Arrivals from occupied areas to Sumy region have fallen to [[fewer than 20 people a
    week|displaced;a=the UN refugee agency UNHCR]] since the Russian border crossing was closed to
    pedestrians, the UN refugee agency UNHCR said on Tuesday. The agency said it had provided cash,
    legal help and blankets to [[some 3,700 people|aid;a=The agency;alt=the UN refugee agency UNHCR]]
    who crossed there, and had delivered [[22 trucks|aid;a=The agency;alt=the UN refugee agency
    UNHCR]] of supplies to the reception point at Krasnopillia. UNHCR said [[at least 14
    people|injured;a=UNHCR]] had been wounded by shelling near the crossing in the past year. Regional officials plan
    to open [[two more reception centres|capacity;p;a=Regional officials;u=structure]] with [[150
    beds|capacity;p;u=other]] between them.""",
)

item(
    "Ombudsman: 2,900 people evicted from Nova Kakhovka homes",
    """[[Hundreds of people|displaced;a=Ukraine's
    ombudsman]] who left occupied Nova Kakhovka have since lost their homes there, Ukraine's
    ombudsman said. Dmytro Lubinets said [[about 2,900 people|displaced;a=Dmytro Lubinets]] from the
    town had left for Ukrainian-controlled land or Europe, and that occupation officials had marked
    [[at least 650 apartments|housing;a=Dmytro Lubinets]] as "ownerless". The ombudsman said
    [[120 families|displaced;a=The ombudsman;alt=Dmytro Lubinets]] who fled had learned from neighbours
    that strangers were living in their flats. Ukrainian officials say [[some 12,000 residents|civilians;a=Ukrainian
    officials]] still live in the town, against a pre-war [[45,000|civilians;a=Ukrainian
    officials]].""",
)

item(
    "Buses from occupied Berdiansk: the Estonia route",
    """Estonian border guards at Narva say they now see [[about 40 Ukrainians a day|displaced;a=Estonian
    border guards at Narva]] crossing from Ivangorod, many of them from occupied Berdiansk and
    Melitopol. Estonia's Police and Border Guard Board said [[more than 11,000 Ukrainians|displaced;a=Estonia's
    Police and Border Guard Board]] had crossed at Narva last year, and [[about 1,300|other;a=Estonia's
    Police and Border Guard Board]] were questioned for hours on the Russian side. The Narva crossing
    closes to vehicles at night and pedestrians must walk a bridge of {{160 metres}}. A Tallinn
    charity runs [[three buses a week|aid;a=A Tallinn charity]] to Riga and Warsaw, it said, carrying
    [[roughly 150 passengers|aid;a=A Tallinn charity]] free of charge. Estonian officials expect
    [[up to 15,000 crossings|displaced;p;a=Estonian officials]] this year.""",
)

item(
    "Zaporizhzhia reception centre expands before winter",
    """The main reception centre for people arriving from occupied areas in Zaporizhzhia is to add
    [[200 beds|capacity;p;a=the city's social services department]] before winter, the city's social
    services department said, bringing its total to [[500|capacity;p;u=other;a=the city's social services
    department]]. The centre sheltered [[about 6,800 people|displaced;a=the department;alt=the city's
    social services department]] last year, the department said, {{a quarter}} of them children.
    [[Some 1,900 of them|aid;n=-]] were given winter clothes and [[about 700|aid]] received
    medicines. Drones hit the city centre twice in {{October}}, wounding [[11 people|injured;a=regional governor Ivan Fedorov]], [[four of them|injured;a=regional governor Ivan Fedorov;n=-]] arrivals
    from Tokmak, regional governor Ivan Fedorov said. The city has [[14 collective
    shelters|capacity]] for displaced people and plans to close [[three|capacity;p;u=structure]] that are in
    school buildings.""",
)

item(
    "Russia says 'new regions' residents free to travel",
    """Russia's Foreign Ministry said on Wednesday that residents of what it calls the new regions
    were free to leave, and that [[more than 2.8 million people|displaced;a=Russia's Foreign
    Ministry]] from Ukraine had entered Russia since {{2022}}. Spokeswoman Maria Zakharova said
    [[about 160,000|returned;a=Spokeswoman Maria Zakharova]] had gone back to their homes in the
    occupied territories. Ukrainian officials dispute those numbers and say [[at least 1.2m
    Ukrainians|displaced;a=Ukrainian officials]] were pushed into Russia by filtration and the
    fighting. The UN refugee agency lists [[about 1.2 million|displaced;a=The UN refugee agency]]
    Ukrainian refugees in Russia, the largest number in any country. Russian regional officials say
    [[some 900 temporary accommodation centres|capacity;a=Russian regional officials]] were opened
    for them in {{2022}}, and that [[fewer than 100|capacity;u=structure;a=Russian regional officials]] remain
    open.""",
)

item(
    "Returning to occupied Melitopol: the people who go back",
    """Not everyone who leaves stays away. Ukrainian volunteers and Russian-installed officials both
    report a steady flow of people returning to occupied towns, often pensioners whose savings ran
    out abroad. Melitopol's occupation administration said [[about 5,000 residents|returned;a=Melitopol's
    occupation administration]] came back last year, a claim that could not be verified. Ivan
    Fedorov, the city's exiled mayor, said the real number was [[closer to 1,500|returned;q=approx;a=Ivan
    Fedorov]]. Returning men are questioned by the FSB, and [[at least 30|arrested;a=Ivan Fedorov]] were
    detained on arrival last year, he said. Pensioners must take Russian passports to receive
    pensions of about {{15,000 roubles}} a month. The city's population has fallen to [[roughly
    70,000|civilians;a=Ukrainian estimates]] from [[150,000|civilians;a=Ukrainian estimates]] before the invasion, Ukrainian estimates show.
    Fedorov said [[some 300 families|displaced;a=Fedorov]] still leave the city every month.""",
)

item(
    "Volunteers who drive people out of occupied Kherson region",
    """A network of Ukrainian volunteers who help residents leave the occupied left bank of Kherson
    region says it has taken out [[between 6,000 and 7,000 people|displaced;a=A network of Ukrainian
    volunteers]] since {{2023}}, via Crimea, Russia and Latvia. [[Three of its drivers|kidnapped;a=the
    network;n=drivers]] were abducted by Russian security officers in {{2024}} and have not been heard
    from, the network said. Its coordinator, who asked not to be named, said [[15-20 families|displaced;a=Its
    coordinator]] a month still ask for help, most with elderly relatives who cannot walk. The
    journey costs about {{$500}} a person and takes {{four to six days}}. Russian border guards
    turned back [[at least 60 of its passengers|other;a=the network;n=passengers]], the network
    said, and abducted [[two men|kidnapped]] from a bus near Dzhankoi last spring. The volunteers keep
    [[12 minibuses|other]] on the Russian side and a flat in Riga with room for [[up to 25
    people|capacity]].""",
)

item(
    "Crossing rules: what travellers from occupied areas need",
    """Ukraine's border guard service updated on {{April 1}} its guidance for people entering from
    occupied territories through third countries. Travellers must complete a questionnaire, which
    takes about {{40 minutes}}, and undergo a security interview that can last up to {{six hours}}.
    Men aged {{18 to 60}} must register with a recruitment office within {{seven days}}. Those who
    hold only a Russian passport issued after {{2022}} may enter with a certificate from a Ukrainian
    consulate, which costs {{UAH 300}}. The rules take effect on the {{third}} day after publication and
    will be reviewed in {{2027}}.""",
)

item(
    "Long road out: a timeline of the routes",
    """In {{March 2022}} residents of Mariupol could leave only through Russian-held filtration
    points. From {{April 2022}} the Vasylivka checkpoint was the main exit to Zaporizhzhia, until it
    was closed in {{February 2023}}. From {{August 2023}}, the Kolotilovka crossing became the only
    direct route, {{40 km}} west of Belgorod; it was shut to pedestrians after the Ukrainian
    incursion into Kursk region in {{August 2024}}. Since then, the trip from Melitopol to Kyiv
    through Georgia or Latvia takes {{five to nine days}} and can cost more than {{€1,000}}.""",
)
