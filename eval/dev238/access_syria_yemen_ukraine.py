"""dev238 items: Syria (Bab al-Hawa, Bab al-Salam, al-Rai, Idlib), Yemen (Hodeidah, Taiz,
Sanaa) and Ukraine's front-line towns, 2014-2026."""

from _wrap import item

item(
    "Bab al-Hawa reopens to UN convoys after quake",
    """
    [[Fifty-two trucks|aid;a=the UN]] carrying tents, blankets and food crossed from Turkey into
    northwest Syria through Bab al-Hawa on Friday, the UN said. The White Helmets said
    [[more than 2,000 people|killed;a=The White Helmets]] had died in the rebel-held northwest
    and [[about 2,950|injured;a=The White Helmets;n=-]] were injured, with
    [[at least 550 buildings|housing;a=The White Helmets]] destroyed. The group said
    [[hundreds of people|missing;a=The group;alt=The White Helmets]] were still under rubble in
    Jindires. [[About 4.1 million people|civilians]] in the northwest depend on aid, most of it sent
    through the crossing under Security Council resolution {{2672}}.
    """,
)

item(
    "Houthis detain UN staff in Sanaa raids",
    """
    Houthi authorities detained [[at least 13 UN staff|arrested;a=the UN]] in raids on homes in
    Sanaa and Hodeidah on Thursday, the UN said, bringing to
    [[more than 50|arrested;a=the UN;n=-]] the number of its personnel held by the group. The
    World Food Programme paused operations in Saada after [[one of its staff|killed;a=The World Food Programme;n=staff]]
    died in detention, the agency said. The Houthis said the detainees belonged to a
    spy network. WFP said it had been feeding [[about 9.5 million people|aid;a=WFP]] in
    Houthi-held areas before it cut back in {{2023}}.
    """,
)

item(
    "Hodeidah port unloads fuel as Saudi-led coalition eases blockade",
    """
    [[Four fuel ships|aid;a=the UN Verification and Inspection Mechanism]] carrying
    [[about 110,000 tonnes|aid;a=the UN Verification and Inspection Mechanism]] of diesel and
    petrol docked at Hodeidah on Monday, the UN Verification and Inspection Mechanism said, the
    first in {{six weeks}}. [[Another 14 vessels|aid]] were waiting off the coast. The Houthi-run
    health ministry said [[more than 1,000 patients|civilians;a=The Houthi-run health ministry]]
    on dialysis were at risk as hospital generators ran dry. WFP said it planned to reach
    [[12 million people|aid;a=WFP;p]] a month in {{2019}}.
    """,
)

item(
    "Taiz siege: convoy enters through mountain road after years",
    """
    A convoy of [[nine trucks|aid;a=the UN]] reached the besieged Yemeni city of Taiz on Sunday
    by a mountain road that takes {{eight hours}}, the UN said, instead of the {{15 minutes}} by
    the old main road closed since {{2016}}. [[Some 600,000 residents|civilians;a=local authorities]]
    remain inside the city, according to local authorities. Houthi snipers killed
    [[two children|killed;a=Save the Children]] near a water point the same day, Save the
    Children said, and wounded [[three others|injured;a=Save the Children]]. The Houthis said they
    had released [[11 truck drivers|kidnapped;a=The Houthis]] held since {{May}}.
    """,
)

item(
    "Evacuation convoy leaves Mariupol as Red Cross team detained",
    """
    [[About 30 buses|other;a=the ICRC]] and [[hundreds of private cars|other]] left Mariupol
    for Zaporizhzhia on Friday, the ICRC said, carrying [[around 500 civilians|displaced;a=the ICRC]]
    out of the ruined port city. A team of [[seven ICRC staff|arrested;a=Ukrainian officials]]
    was held overnight by Russian-backed forces in Manhush, Ukrainian officials said. The city
    council estimated that [[about 100,000 people|civilians;a=The city council]] remained in
    Mariupol and that {{some 90 percent}} of its buildings had been damaged. The council said
    [[at least 5,000 residents|killed;a=The council;alt=The city council]] had died since the siege began.
    """,
)

item(
    "Aid convoy reaches Pokrovsk villages under drone threat",
    """
    Ukraine's emergency service said a convoy of [[six vans|aid;a=Ukraine's emergency service]]
    delivered [[about 12 tonnes|aid;a=Ukraine's emergency service]] of food and water to villages
    around Pokrovsk on Wednesday, travelling only at night because of Russian drones. Regional
    governor Vadym Filashkin said [[some 16,000 people|civilians;a=Vadym Filashkin]] remained in
    the town, [[including 1,000 children|civilians;a=Vadym Filashkin]], and that
    [[150 to 200 people|displaced;a=Vadym Filashkin]] were being evacuated each day. [[Two
    volunteers|injured]] from the Proliska group were injured when a drone hit their car {{10 km}} from the
    front; the group said [[four of its members|killed;a=the group;alt=Proliska]] had been
    killed since {{2022}}.
    """,
)

item(
    "UN inter-agency convoy reaches Kherson villages on left bank route",
    """
    A UN convoy of [[five trucks|aid;a=OCHA]] brought water purification kits, hygiene items and
    solar lamps to [[about 4,500 people|aid;a=OCHA]] in front-line communities east of Kherson,
    OCHA said, the {{11th}} such convoy this year. Russian shelling had damaged
    [[more than 300 homes|housing;a=regional authorities]] in the area in {{July}}, according to
    regional authorities, and [[two water pumping stations|housing;u=structure]] were out of
    action. Residents said [[about 60 families|returned;a=Residents]] had come back after the
    Nova Kakhovka dam flood receded.
    """,
)

item(
    "Idlib camps: UN cross-border mandate lapses",
    """
    The Security Council failed on Tuesday to renew the mandate for aid through Bab al-Hawa,
    after Russia vetoed a {{nine-month}} extension. More than [[4,000 trucks|aid;a=the UN]] a year had used the
    crossing, the UN said. In the [[roughly 1,500 camps|capacity;a=OCHA]] of the northwest,
    [[about 1.8 million displaced people|displaced;a=OCHA]] live in tents, OCHA said. The Syrian
    Response Coordination Group counted [[85 camps|capacity;a=The Syrian Response Coordination Group]]
    that had no water supply at all.
    """,
)

item(
    "Syrians return through Bab al-Hawa after fall of Assad",
    """
    [[More than 300,000 Syrians|returned;a=UNHCR]] have gone back from Turkey and Lebanon since
    the fall of Bashar al-Assad in {{December 2024}}, UNHCR said, many through Bab al-Hawa and
    Bab al-Salam. [[Around 1.2 million internally displaced people|returned;a=the IOM]] have also left camps for
    their home areas, according to the IOM. Turkish officials said
    [[about 1,800 people|returned;a=Turkish officials]] a day were crossing at Cilvegozu alone.
    Aid groups said [[hundreds of thousands of homes|housing;a=Aid groups]] in Aleppo, Homs and
    rural Damascus were too damaged to live in.
    """,
)

item(
    "Marib: displaced camps hit as Houthi offensive nears",
    """
    The IOM said [[some 40,000 people|displaced;a=The IOM]] had fled their homes in Marib
    governorate in {{six weeks}} as Houthi forces advanced on the city, many of them from camps
    that had already sheltered them for years. [[Nine of the 139 displacement sites|capacity;a=the agency;alt=The IOM;v=9;n=displacement sites]]
    were emptied after shelling, the agency said. Government officials said
    [[more than 1,200 Houthi fighters|killed;a=Government officials]] had been killed in
    the fighting, a figure that could not be verified. A convoy of [[17 trucks|aid]] from
    Aden reached the city on Tuesday, and [[two aid workers|missing;a=the agency;alt=The IOM]]
    were reported missing on the road from Shabwa, the agency said.
    """,
)

item(
    "Winter aid for Ukraine's east priced in hryvnias and degrees",
    """
    Temperatures in Kharkiv fell to {{minus 18 C}} on {{12 January}}, and heating in Kupiansk
    had been off since {{November}}, regional officials said. The UN's {{2025}} plan for Ukraine
    asked for {{$2.6 billion}}, of which about {{17 percent}} was for winter support. A standard
    cash grant is {{3,600 hryvnias}} per person per month for {{three months}}. Front-line
    settlements within {{25 km}} of the line receive priority.
    """,
)

item(
    "Bab al-Hawa in figures: a crossing's decade",
    """
    The Security Council first authorised cross-border aid in {{July 2014}} under resolution
    {{2165}}, through crossings from Turkey, Iraq and Jordan. By {{2020}} only Bab al-Hawa remained, about {{50 km}}
    west of Aleppo. Mandates ran for {{six}} or {{12 months}}. In {{2023}}, Damascus gave its own
    consent for {{six months}}, later renewed. The UN said convoys were {{90 percent}} food by
    weight in {{2022}}.
    """,
)
