"""dev344 items: Plateau State (Barkin Ladi, Riyom, Bokkos, Mangu, Bassa), 2018-2026."""

from _wrap import item

item(
    "Police put Plateau toll at 86 as villagers bury their dead",
    """Police in Plateau State said on {{Sunday}} that [[86 people|killed;a=Police in Plateau
    State]] were killed when gunmen attacked [[11 villages|other;a=Police in Plateau State]] in
    Barkin Ladi and that [[50 houses|housing;a=Police in Plateau State]] were burned. Local leaders
    said the real toll was far higher, putting it at [[between 120 and 200|killed;a=Local
    leaders]]. The Berom Youth Moulders Association said [[more than 6,000
    people|displaced;a=Berom Youth Moulders Association]] had fled to Heipang and Jos. The state
    government imposed a dusk-to-dawn curfew on Barkin Ladi, Riyom and Jos South. Operation Safe
    Haven said it had deployed [[an extra 300 soldiers|combatants;a=Operation Safe Haven]] to the
    area. [[Up to 60 people|missing;a=Nigerian Red Cross]] were still missing on {{Monday}}, the
    Nigerian Red Cross said.""",
)

item(
    "Plateau Christmas Eve attacks: death toll rises to 198",
    """The death toll from coordinated attacks on [[17 villages|other;a=Daniel Mang]] in Bokkos
    and Barkin Ladi on {{Christmas Eve}} has risen to [[198|killed;a=Daniel Mang]], the Bokkos
    council chairman, Daniel Mang, said on {{Wednesday}}. He said [[more than 500
    people|injured;a=Daniel Mang]] were being treated in hospitals in Bokkos and Jos and that [[221
    houses|housing;a=Daniel Mang]] had been burned. Amnesty International said [[at least 140
    people|killed;a=Amnesty International]] had been killed. Governor Caleb Mutfwang said [[nearly
    20,000 residents|displaced;a=Governor Caleb Mutfwang]] were sheltering in [[seven
    camps|capacity;a=Governor Caleb Mutfwang]] set up in schools and churches. Residents said
    [[dozens|missing;a=Residents]] were still missing in the bush, most of them women and
    children.""",
)

item(
    "Displaced Riyom villagers return to find farms occupied",
    """[[About 1,300 villagers|returned;a=Plateau State Emergency Management Agency]] who fled Riyom
    during the {{2018}} attacks have gone back to their homes in Jol and Kwi, the Plateau State
    Emergency Management Agency said on {{Tuesday}}. The agency said [[a further
    4,000|returned;p;a=The agency;alt=Plateau State Emergency Management Agency]] were expected to
    return by the end of the year. Many returnees found their farmland taken over by cattle. The
    Berom Youth Moulders Association said herders had settled in [[at least 23
    villages|other;a=Berom Youth Moulders Association]] in Riyom, Barkin Ladi and Bassa. OCHA
    estimates that [[some 40,000 people|civilians;a=OCHA]] in those areas need food aid. Davou Bot,
    a {{65-year-old}} farmer, said only [[14 houses|housing;a=Davou Bot]] in his village had been
    rebuilt. Police said [[two returnees|killed;a=Police]] were shot dead on their farms last
    week.""",
)

item(
    "Mangu curfew extended as displaced swell Plateau camps",
    """The Plateau State government extended a {{24-hour}} curfew in Mangu on {{Saturday}} after
    [[at least 31 more people|killed;a=officials]] were killed in attacks on Kwahaslalek and
    Fungzai, officials said. The Mangu council said [[more than 25,000 people|displaced;a=The Mangu
    council]] were now living in [[14 displacement camps|capacity;a=The Mangu council]] across the
    local government area. The Mwaghavul Development Association said [[around 300
    houses|housing;a=Mwaghavul Development Association]] and [[four churches|housing;a=Mwaghavul
    Development Association]] were burned in {{May}}. Police said [[16 suspects|arrested;a=Police]]
    had been arrested. Fulani leaders said [[2,000 cattle|other;a=Fulani leaders]] had been killed
    or stolen from herders in the area since the violence began. [[Fewer than
    100|returned;a=camp officials]] of the displaced have gone home, camp officials said.""",
)

item(
    "Plateau peace agency marks a decade with call for ranching",
    """The Plateau Peace Building Agency, created by a state law in {{2016}}, marked its {{10th}}
    anniversary in Jos on {{Thursday}} with a call for ranching to replace open grazing. Its
    director general, Esther Gyang, {{54}}, said the agency's budget had grown from {{N120 million}} in
    {{2017}} to {{N450 million}} this year. She said early-warning alerts from villages now reached
    her office within {{two hours}}, against {{two days}} when the agency began. A survey it
    commissioned found that {{60 per cent}} of residents in Riyom and Bokkos still feared to
    travel after dark. The agency's {{2026}} plan, she said, would put mediation ahead of
    policing.""",
)

item(
    "Gunmen kill 16 in Bassa, abduct women from farms",
    """Gunmen killed [[16 people|killed;a=Irigwe Development Association]] in an overnight attack on
    Ancha in Bassa local government area, the Irigwe Development Association said on {{Monday}}.
    Its spokesman, Sunday Abdu, said [[seven women|kidnapped;a=Sunday Abdu]] were seized from their
    farms the same day. The association says [[more than 300 of its
    people|killed;a=The association;alt=Irigwe Development Association]] have been killed since
    {{2017}}. Operation Safe Haven said troops had rescued [[three of the women|kidnapped;a=Operation
    Safe Haven]] and arrested [[four suspects|arrested;a=Operation Safe Haven]]. Herders' leaders in
    Bassa said [[about 50 cows|other;u=other;a=Herders' leaders in Bassa]] were killed in a reprisal
    on a Fulani settlement at Rukuba the following night and that [[two herders|missing;a=Herders'
    leaders in Bassa]] were missing.""",
)

item(
    "MSF says Jos hospitals overwhelmed after Bokkos attacks",
    """Médecins Sans Frontières said on {{Friday}} it had sent [[12 medical staff|other;a=Médecins
    Sans Frontières]] to the Jos University Teaching Hospital, which had received [[more than 150
    wounded|injured;a=Médecins Sans Frontières]] from Bokkos since the weekend. [[Eleven
    patients|killed;a=the charity;alt=Médecins Sans Frontières]] died after arrival, the charity
    said. Roughly {{a third}} of the wounded were children. MSF also said it had distributed [[3,000
    hygiene kits|aid;a=MSF]] and [[500 tarpaulins|aid;a=MSF]] in [[six camps|capacity;a=MSF]] in
    Bokkos, where [[about 12,000 people|displaced;a=MSF]] are sheltering.""",
)

item(
    "Herders say rustlers took 3,000 cattle in Plateau raids",
    """The Plateau chapter of the Miyetti Allah Cattle Breeders Association of Nigeria said on
    {{Wednesday}} that [[nearly 3,000 cattle|other;a=Miyetti Allah Cattle Breeders Association of
    Nigeria]] were stolen and [[about 400|other;u=other;a=Miyetti Allah Cattle Breeders Association
    of Nigeria]] killed in attacks on Fulani settlements in Riyom and Barkin Ladi over {{three
    months}}. Its chairman, Nura Abdullahi, said [[14 herders|killed;a=Nura Abdullahi]] were killed
    and [[at least 22 settlements|housing;a=Nura Abdullahi]] burned. The Plateau police command
    said it had recovered [[612 cattle|other;a=Plateau police command]] and arrested [[nine
    suspected rustlers|arrested;a=Plateau police command]]. Berom leaders denied that their youths
    were behind the raids.""",
)

item(
    "Army sends more troops to Plateau after spike in killings",
    """Operation Safe Haven, the military task force in Plateau, said on {{Sunday}} it had deployed
    [[about 800 more soldiers|combatants;a=Operation Safe Haven]] to Bokkos, Mangu and Barkin Ladi,
    bringing its strength to [[more than 4,500 personnel|combatants;a=Operation Safe Haven]]. The
    task force said it had set up [[25 new checkpoints|other;a=The task force;alt=Operation Safe
    Haven]] on roads linking the villages. Its commander, Major General Abubakar Jibrin, said [[31
    suspects|arrested;a=Major General Abubakar Jibrin]] had been arrested since {{January}} and
    [[18 kidnap victims|kidnapped;a=Major General Abubakar Jibrin]] rescued. Troops killed [[five
    gunmen|killed;a=the task force;alt=Operation Safe Haven]] in a firefight near Daffo on
    {{Thursday}}, the task force said. Residents in Bokkos said [[no more than 20
    soldiers|combatants;a=Residents in Bokkos]] guarded the whole district at night.""",
)

item(
    "Plateau potato farmers return to fields as prices climb",
    """Potato prices in Jos markets have risen {{40 per cent}} since {{January}}, traders said, as
    farmers in Bokkos and Mangu return to fields abandoned after the attacks of {{December 2023}}.
    A {{50kg}} bag now sells for {{N65,000}}, up from {{N38,000}} a year ago. The Plateau
    Agricultural Development Programme said yields had fallen by {{a quarter}} over {{two
    seasons}}. Farmers said the planting window, normally {{six weeks}} from {{mid-April}}, had
    been cut short by rains that arrived {{10 days}} early.""",
)

item(
    "Plateau camps short of food as displaced pass 100,000",
    """[[More than 100,000 people|displaced;a=Plateau State Emergency Management Agency]] are
    displaced across Bokkos, Mangu, Barkin Ladi and Riyom, the Plateau State Emergency Management
    Agency said, in [[41 camps|capacity;a=Plateau State Emergency Management Agency]] and in host
    communities. Its director, Nanbol Dashe, said [[only 9,000 households|aid;a=Nanbol Dashe]]
    received food in {{April}}. The World Food Programme said it planned to reach [[60,000
    people|aid;p;a=World Food Programme]] with cash transfers before the lean season. [[About
    230,000 people|civilians;a=OCHA]] in the state need humanitarian assistance, according to
    OCHA. A camp coordinator in Bokkos said [[at least 400 children|other;a=A camp coordinator in
    Bokkos]] had been out of school since the attacks.""",
)

item(
    "Plateau assembly passes grazing bill after years of debate",
    """The Plateau State House of Assembly on {{Tuesday}} passed a bill banning open grazing, with
    [[22 lawmakers|other]] voting in favour. The Miyetti Allah Cattle Breeders Association of
    Nigeria said the law would affect [[more than 40,000 herding families|civilians;p;a=Miyetti
    Allah Cattle Breeders Association of Nigeria]] and [[an estimated 1.2m
    cattle|other;p;a=Miyetti Allah Cattle Breeders Association of Nigeria]]. The state government
    said it would set up [[six ranches|other;p;u=other;a=state government]] within {{three years}}.
    Farmers' groups said [[at least 1,400 people|killed;a=Farmers' groups]] had died in
    farmer-herder violence in Plateau since {{2018}}. Police said [[up to 1,500 officers|combatants;p;a=Police]]
    would enforce the ban once the governor signs it.""",
)

item(
    "Bassa village buries 52 after dawn raid",
    """[[Fifty-two people|killed;a=Plateau police command]] were killed when gunmen stormed Zike in
    Bassa local government area before dawn on {{Monday}}, the Plateau police command said. The
    command's spokesman, Peter Dung, said [[two suspects|arrested;a=Peter Dung]] had been arrested.
    Community leaders said [[at least 10 more bodies|killed;a=Community leaders]] were found in the
    bush on {{Tuesday}} and that [[15 to 20 people|missing;a=Community leaders]] were unaccounted
    for. The Irigwe Development Association said [[about 1,000 residents|displaced;a=Irigwe
    Development Association]] had fled to Miango. [[Eight wounded villagers|injured]] were taken to
    the Jos University Teaching Hospital.""",
)

item(
    "Monitor ranks Plateau deadliest state for farmer-herder violence",
    """Plateau recorded [[1,136 deaths|killed;a=SBM Intelligence]] in farmer-herder and related
    violence in {{2024}}, more than any other state, SBM Intelligence, a Lagos-based consultancy,
    said in a report on {{Wednesday}}. Benue followed with [[about 840|killed]]. The report counted
    [[more than 120 attacks|other;u=other;a=The report;alt=SBM Intelligence]] on Plateau villages and
    [[at least 370 people|kidnapped;a=The report;alt=SBM Intelligence]] abducted. It estimated that
    [[over 90,000|displaced;a=SBM Intelligence]] were newly displaced in Plateau alone. Amnesty
    International said the figures were almost certainly an undercount.""",
)

item(
    "Herders and farmers trade blame after Riyom killings",
    """[[Seven Fulani herders|killed;a=Miyetti Allah Kautal Hore]] and [[more than 90
    cattle|other;a=Miyetti Allah Kautal Hore]] were killed near Rim in Riyom on {{Saturday}},
    Miyetti Allah Kautal Hore said. Hours later, gunmen attacked the nearby Berom village of Tahoss,
    killing [[nine people|killed;a=Berom Youth Moulders Association]] and wounding
    [[13|injured;a=Berom Youth Moulders Association]], the Berom Youth Moulders Association said.
    Police said they had recorded [[11 deaths|killed;a=Police]] in the two attacks combined. A police
    spokesman said [[a dozen suspects|arrested;a=A police spokesman]] were being questioned.
    [[Roughly 600 villagers|displaced]] fled to Riyom town overnight.""",
)

item(
    "ICRC hands out seed and food to Plateau returnees",
    """The International Committee of the Red Cross said on {{Thursday}} it had given seed and tools
    to [[5,400 households|aid;a=International Committee of the Red Cross]] in Riyom and Barkin Ladi,
    most of them families returning after {{years}} in camps. The ICRC said [[about 32,000
    people|aid;p;a=ICRC]] would benefit by the end of the planting season. It has also repaired
    [[nine boreholes|aid;a=the organisation;alt=ICRC;alt=International Committee of the Red Cross]] in the area, the organisation said. The organisation said [[some
    2,100 returnees|returned;a=The organisation;alt=International Committee of the Red Cross]] had
    gone back to Kwall and Nghar this year. [[About 800 homes|housing;a=officials]] have been
    rebuilt there with state funds, officials said.""",
)

item(
    "Families of Plateau abductees plead for help months on",
    """[[More than 40 people|kidnapped;a=Mushere Development Association]] abducted from Mushere
    villages in Bokkos since {{January}} remain in captivity, the Mushere Development Association
    said on {{Friday}}. The group said [[11 of the captives|killed;a=The group;alt=Mushere Development
    Association]] had been killed by their abductors after ransoms went unpaid. [[Twenty-three
    others|kidnapped;a=relatives]] were freed after families paid ransoms totalling {{N48 million}},
    relatives said. Police said [[six people|missing;a=Police]] were listed as missing and that [[17
    suspected kidnappers|arrested;a=Police]] had been arrested in the area since {{March}}.""",
)
