"""Famine in the Nuba Mountains (Kadugli, Dilling, Kauda, Heiban) and the war in Blue Nile (Ed
Damazin, Kurmuk, Yabus, Geissan, Bau): the IPC, SARRA, Unicef and WFP, drone strikes,
refugees into Ethiopia, hostages and arrests (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Famine confirmed in Kadugli and Dilling, IPC says",
    """The Integrated Food Security Phase Classification (IPC) said on Monday that famine was
    occurring in Kadugli and Dilling, the {{first}} such finding in South Kordofan. It said
    [[about 630,000 people|civilians;a=The Integrated Food Security Phase Classification
    (IPC)]] in South and West Kordofan were in famine conditions, classified as {{Phase 5}}, and
    that [[1.9 million more|civilians;n=-;v=1900000;a=The Integrated Food Security Phase
    Classification (IPC)]] faced emergency hunger, {{Phase 4}}. By the end of the lean season the
    number in famine could rise to [[more than 900,000|civilians;n=-;p;a=the IPC]], the IPC
    said, and famine was projected in [[10 other areas|other;u=other;p;a=the IPC]]. Acute
    malnutrition among children {{under five}} in Kadugli reached {{38%}}, {{more than twice}}
    the famine threshold of {{30%}}. Local authorities have reported [[at least 49 hunger
    deaths|killed;a=Local authorities]] in Kadugli since August. The IPC's review committee said
    it could not assess [[four localities|other;a=The IPC's review committee]] because of
    insecurity.""",
)

item(
    "In the Nuba Mountains, families eat leaves as the harvest fails",
    """KAUDA, Sudan - In the hills around Kauda, where the SPLM-N has governed since {{2011}},
    Nafisa Kuku boils the leaves of the lalob tree for her children because there is no sorghum
    left. The harvest failed after fighting kept farmers from their fields and [[hundreds of
    thousands of displaced people|displaced]] arrived from government-held towns. The Sudan
    Agency for Relief and Rehabilitation, the SPLM-N's humanitarian wing, says that [[about 1.2
    million people|civilians;v=1200000;a=The Sudan Agency for Relief and Rehabilitation]] live
    in areas the movement controls, including [[about 300,000|displaced;n=-;a=The Sudan Agency
    for Relief and Rehabilitation]] who have fled there since {{2023}}. In June, the agency
    recorded [[212 deaths|killed;a=the agency;alt=The Sudan Agency for Relief and
    Rehabilitation]] from hunger and disease. The Mother of Mercy Hospital in Gidel admitted
    [[390 children|injured;a=the hospital's medical director]] with severe acute malnutrition in
    October, and [[11 of them|killed;n=-;a=the hospital's medical director]] died, the
    hospital's medical director said. The last WFP delivery to the area, [[about 300
    tonnes|aid]], came through South Sudan in May.""",
)

item(
    "Drones hit Ed Damazin power station and airport",
    """Rapid Support Forces drones struck the power station and the airport in Ed Damazin, the
    capital of Blue Nile state, early on Tuesday, cutting electricity to a city of [[about
    400,000 people|civilians;a=the state government]], the state government said. The army said
    it had shot down [[eight|other;n=-;u=other;a=The army]] of the [[13 drones|other;a=The
    army]] launched at the city. Hospital officials said [[two people|killed;a=Hospital
    officials]] were killed and [[five|injured;n=-;a=Hospital officials]] wounded. Water pumps
    serving [[about 120,000 people|civilians;a=the state water corporation]] stopped working,
    the state water corporation said. The Roseires dam, {{6 km}} upstream, was not hit, the army
    said. Ed Damazin hosts [[more than 150,000 displaced people|displaced;a=IOM]], according to
    IOM, many of them from Sennar state and from Kurmuk. It was the {{fifth}} drone attack on the
    city since January.""",
)

item(
    "Thousands cross into Ethiopia as fighting reaches Kurmuk",
    """[[More than 7,000 people|displaced;a=UNHCR]] have crossed into Ethiopia's
    Benishangul-Gumuz region from Kurmuk, in Sudan's Blue Nile state, since fighting broke out
    around the border town last week, UNHCR said on Friday. {{Nearly 80%}} of them are women
    and children, it said. The army said its troops and fighters of Malik Agar's SPLM-N faction
    had repelled an attack by [[about 2,000 RSF and SPLM-N fighters|combatants;a=The army]],
    killing [[more than 160|killed;n=-;a=The army]]. The RSF-led Tasis alliance said it had
    captured [[three army positions|other;a=The RSF-led Tasis alliance]] near Kurmuk and taken
    [[47 soldiers|arrested;a=The RSF-led Tasis alliance]] prisoner. In Assosa, Ethiopian
    officials said they had registered [[4,860 arrivals|displaced;a=Ethiopian officials]] at the
    crossing so far and had moved [[about 1,100|displaced;n=-;a=Ethiopian officials]] of them to
    the Sherkole camp.""",
)

item(
    "WFP warns of ration cuts in Blue Nile",
    """WFP said on Thursday it had reached [[about 240,000 people|aid;a=WFP]] in Blue Nile state
    in September and planned to reach [[400,000|aid;n=-;p;a=WFP]] by the end of the year. But a
    funding shortfall of {{$212 million}} for Sudan over the next {{six months}} means rations
    will be cut to {{70%}} of a full basket from January, the agency said. In the Geissan and
    Bau localities, [[around 85,000 people|civilians]] are cut off by fighting. [[Thirty-six
    trucks|aid;a=a spokesperson]] of food are waiting at Sennar for permission to travel south,
    a spokesperson said. Save the Children says that [[more than 20,000
    children|civilians;a=Save the Children]] {{under five}} in the state are acutely
    malnourished, and that [[at least 60|killed;n=-;a=Save the Children]] have died since
    July.""",
)

item(
    "Hunger deaths in Dilling reach 112, doctors say",
    """[[Seven more people|killed;a=the Sudan Doctors Network]], [[five of
    them|killed;n=-;a=the Sudan Doctors Network]] children, died of hunger in Dilling this week,
    the Sudan Doctors Network said on Saturday, bringing the number of hunger deaths in the town
    since January to [[112|killed;n=-;a=the Sudan Doctors Network]]. The network had reported
    [[105|killed;n=-;a=The network;alt=the Sudan Doctors Network]] a week earlier. The town's
    only nutrition centre, run by a local charity, has [[60 beds|capacity]] and is treating
    [[more than 200 children|injured]]. Dilling also hosts [[about 35,000
    people|displaced]] who fled villages in the surrounding hills, most of them in [[nine
    schools|capacity]] and the grounds of the cathedral. A sack of sorghum costs {{four times}}
    what it does in El Obeid, {{160 km}} to the north.""",
)

item(
    "Drone strike on Yabus market kills 23, SPLM-N says",
    """An army drone struck the market in Yabus, a town in southern Blue Nile held by the
    SPLM-N's al-Hilu faction, on Sunday, killing [[at least 23 people|killed;a=the
    movement;alt=the SPLM-N's al-Hilu faction]] and wounding [[dozens|injured;a=the
    movement;alt=the SPLM-N's al-Hilu faction]], the movement said. [[Nine of the
    dead|killed;a=the SPLM-N's al-Hilu faction]] were displaced people from Kurmuk, it said. The
    army said it had targeted a fuel depot used by the RSF and the SPLM-N. A trader, Adam Osman,
    told AFP by phone that [[more than 30 shops|housing;a=Adam Osman]] had burned. The Sunday
    market draws [[several thousand traders|other]] from both sides of the Ethiopian border.
    Yabus has taken in [[15,000-18,000 people|displaced]] who fled fighting around Kurmuk since
    November.""",
)

item(
    "In Ed Damazin, schools stay shut as displaced families fill classrooms",
    """Ed Damazin's [[47 public schools|other;a=the state education ministry]] have been closed
    to pupils since {{2023}} because [[31 of them|capacity;n=-;u=structure;a=the state education
    ministry]] shelter displaced families, the state education ministry said. [[About 12,000
    pupils|other;a=the ministry;alt=the state education ministry]] have had no classes since,
    the ministry says. At Al-Nahda basic school, [[63 families|displaced]] live in [[eight
    classrooms|capacity]] and share [[four latrines|other]]. "I teach under a tree now," said
    Ahmed Abdallah, a {{54-year-old}} teacher. The state government plans to move the families to
    a new site outside the city with space for [[5,000 households|capacity;p;a=The state
    government]].""",
)

item(
    "First UN cross-border convoy reaches Nuba Mountains",
    """A convoy of [[22 trucks|aid;a=OCHA]] carrying food, medicine and seeds for [[some 90,000
    people|aid;p;a=OCHA]] crossed from South Sudan into SPLM-N-held areas of South Kordofan on
    Sunday, OCHA said on Tuesday, the {{first}} UN cross-border delivery to the Nuba Mountains since
    the war began. The convoy took {{17 days}} to cover {{about 700 km}} of dirt road from Juba
    and was stopped at [[11 checkpoints|other]] on the way. OCHA estimates that [[860,000
    people|civilians;a=OCHA]] in SPLM-N-held areas need food aid. SARRA, the movement's relief
    wing, said [[another 60 trucks|aid;p;a=SARRA]] were needed before the rains. The Food and
    Agriculture Organization said it had sent seeds and tools for [[45,000
    households|aid;p;a=The Food and Agriculture Organization]] ahead of the planting season.""",
)

item(
    "Agar's forces say they freed 34 hostages in Blue Nile",
    """The SPLM-N faction led by Malik Agar, which fights alongside the army, said on Wednesday
    it had freed [[34 hostages|kidnapped;a=The SPLM-N faction led by Malik Agar]] held by the
    RSF and al-Hilu's fighters near Geissan, including [[12 women|kidnapped;a=The SPLM-N faction
    led by Malik Agar]]. The hostages, seized from villages along the Ethiopian border in
    December, had been held for ransom. [[Four of its fighters|killed;a=the faction;alt=The
    SPLM-N faction led by Malik Agar]] were killed in the operation, the faction said, along with
    [[19 of the captors|killed;a=the faction;alt=The SPLM-N faction led by Malik Agar]]. [[Six of
    the freed hostages|injured]] were treated for gunshot wounds at Ed Damazin hospital. A
    mediator said ransoms of up to {{10 million Sudanese pounds}} had been demanded for each
    hostage. Families in Geissan say [[several dozen more|kidnapped;n=-;a=Families in Geissan]]
    are still being held.""",
)

item(
    "One in three Kadugli children acutely malnourished, Unicef says",
    """Unicef said on Friday that a screening of [[18,400 children|aid;a=Unicef]] {{under five}}
    in Kadugli had found [[6,100|civilians;n=-;a=Unicef]] with acute malnutrition, [[1,900 of
    them|civilians;n=-;a=Unicef]] in its most severe form. That is roughly {{one in three}},
    against {{one in 10}} before the war. The agency said [[1,300 cartons|aid;a=The
    agency;alt=Unicef]] of therapeutic food were stuck in El Obeid. Amal Kuku, a nurse at the
    town's nutrition centre, said [[14 children|killed;a=Amal Kuku]] had died there in October.
    The centre, meant for [[80 patients|capacity;a=Amal Kuku]], had [[210|injured;n=-;a=Amal
    Kuku]] on Thursday, she said.""",
)

item(
    "Military intelligence detains dozens in Ed Damazin, lawyers say",
    """Military intelligence in Ed Damazin has arrested [[at least 64 people|arrested;a=the
    Emergency Lawyers]] accused of collaborating with the RSF since the fighting around Kurmuk
    began, including [[nine women|arrested;a=the Emergency Lawyers]], the Emergency Lawyers said
    on Monday. The group said [[two detainees|killed;a=The group;alt=the Emergency Lawyers]] had
    died in custody. Authorities released [[22 of them|arrested;n=-;a=the group;alt=the
    Emergency Lawyers]] without charge on Sunday, the group said. The state's security committee
    said the arrests were lawful and that the detainees had been found with [[17 satellite
    phones|other;u=other;a=The state's security committee]]. Since {{April 2023}}, the Emergency
    Lawyers have documented [[more than 1,100 arbitrary arrests|arrested;a=the Emergency
    Lawyers]] in Blue Nile and Sennar states.""",
)

item(
    "A gravedigger's count in the Nuba Mountains",
    """HEIBAN, Sudan - Kuku Tutu, a {{67-year-old}} farmer, has become his village's gravedigger.
    He has buried [[41 people|killed;a=Kuku Tutu]] since March, he said, [[26 of
    them|killed;n=-;a=Kuku Tutu]] children, most of whom died of hunger or diarrhoea. "Before, we
    buried old people. Now we bury children," Tutu said. The village had [[about 3,000
    residents|civilians]] before the war; [[another 2,000|displaced;n=-]] have arrived from
    Dilling and Habila since {{2024}}. The village's [[two wells|other]] dried up in April. A
    local SARRA official said [[about 600 households|aid;a=A local SARRA official]] had received
    sorghum in June, the only distribution this year.""",
)

item(
    "Army sends reinforcements to southern Blue Nile",
    """The army said on Sunday it had sent [[more than 5,000 troops|combatants;a=The army]] and
    [[120 combat vehicles|other;a=The army]] to southern Blue Nile after RSF and SPLM-N fighters
    took [[four villages|other;a=The army]] near Bau. The RSF said its forces had killed [[87
    soldiers|killed;a=The RSF]] and captured [[23|arrested;n=-;a=The RSF]] in clashes near Bau on
    Saturday. Residents said [[at least 14 civilians|killed;a=Residents]] were killed in
    crossfire, [[nine|missing;n=-;a=Residents]] were missing and [[about 6,000
    people|displaced;a=Residents]] had fled toward Ed Damazin. The
    fighting is the heaviest in the state since {{October 2022}}, when clashes in Wad al-Mahi
    killed [[more than 200 people|killed]].""",
)

# ------------------------------------------------------------------ texts without figures

item(
    "Gum arabic trade from Kordofan collapses",
    """Kordofan has long supplied {{about 70%}} of the world's gum arabic, used in soft drinks,
    sweets and medicines. Sudan's exports of the resin fell to {{$48 million}} in {{2024}} from
    {{$112 million}} in {{2022}}, according to central bank data. At El Obeid's crop market,
    the price of a kantar of hashab gum rose {{40%}} in the {{12 months}} to October. The tapping
    season runs from November to {{mid-February}}, and a tree yields its best crop between its
    {{fifth and 15th}} year. Traders say the RSF levies a tax of {{5%}} on every load that
    crosses its lines.""",
)

item(
    "Roseires dam at full level as drones hover",
    """The Roseires dam on the Blue Nile, {{6 km}} upstream of Ed Damazin, reached its full
    supply level of {{490 metres}} above sea level on {{14 September}}, the Ministry of
    Irrigation said. The dam, built in {{1966}} and heightened in {{2013}}, can now store {{7.4
    billion cubic metres}} of water, and its turbines generate up to {{280 megawatts}}.
    Engineers said the drone strikes on Ed Damazin in {{2025}} had not damaged the structure.
    Releases were raised to {{250 million cubic metres}} a day during the peak of the flood in
    {{late August}}. The ministry said it was coordinating release schedules with Ethiopia, whose
    Grand Ethiopian Renaissance Dam lies {{about 100 km}} upstream.""",
)
