"""dev220 items: Ukraine, Russia, France and Britain (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Missile hits Kyiv's Okhmatdyt children's hospital as strikes kill dozens",
    """
A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, in Kyiv on the morning
of {{8 July 2024}}, killing [[two adults|killed;a=city officials]], including a paediatric kidney
specialist, city officials said. The hospital said [[16 people|injured;a=The hospital;alt=Okhmatdyt]]
were wounded on its grounds, [[seven children|injured;a=The hospital;alt=Okhmatdyt]] among them.
Staff carried [[about 630 young patients|displaced]] out of the damaged buildings within hours and
sent [[94|displaced]] of them to other hospitals in the capital. The toxicology unit, where
children on dialysis were treated, was destroyed, and [[five other buildings|housing;a=Viktor
Liashko]] were damaged, Health Minister Viktor Liashko said. The wave of strikes across Ukraine
killed [[at least 41 people|killed;a=officials]], officials said. Kyiv's blood centre said
[[more than 1,000 donors|other;a=Kyiv's blood centre]] had come in by evening.
""",
)

item(
    "Kharkiv hypermarket toll rises to 19 as list of missing shrinks",
    """
The death toll from the Russian glide-bomb strike on the Epicentr DIY hypermarket in Kharkiv on
{{25 May 2024}} rose to [[19|killed;a=Oleh Syniehubov]] after rescuers found more remains,
regional governor Oleh Syniehubov said. Only [[seven|killed;a=Oleh Syniehubov]] of the dead
had been identified, he said, and DNA samples had been taken from [[about 40 relatives|other;a=Oleh
Syniehubov]]. The number of people listed as missing fell from [[16|missing]] to [[five|missing]]
as families found relatives in hospitals. Kharkiv's hospitals treated [[more than 50
wounded|injured;a=the regional health department]], [[12|injured;a=the regional health
department]] of whom were still in serious condition on Monday, according to the regional
health department. Staff said there had been [[about 200 shoppers and workers|civilians;a=Staff;n=shoppers
and workers]] inside when the bombs hit.
""",
)

item(
    "Dnipro search ends with 46 dead, 11 still missing",
    """
Rescuers ended the search of the apartment block in Dnipro hit by a Russian missile on {{14
January 2023}}, with the toll at [[46 dead|killed;a=the State Emergency Service]], including
[[six children|killed;a=the State Emergency Service]], the State Emergency Service said. [[Eighty
people|injured]] were wounded, and crews pulled [[39|other]] alive from the rubble over {{three
days}}. [[Eleven people|missing;a=police]] are still unaccounted for, police said. The missile
destroyed [[72 flats|housing;a=the city council]] in the {{nine-storey}} block, the city council
said, and [[230 families|displaced;a=the city council]] have been moved into temporary housing or
hostels. Dnipro's Mechnikov hospital said [[14|injured;a=Dnipro's Mechnikov hospital]] of the
wounded were still being treated there {{a week}} later.
""",
)

item(
    "Kramatorsk station strike: wounded sent west on hospital train",
    """
A missile strike on Kramatorsk railway station on {{8 April 2022}} killed [[at least 50
people|killed;a=Pavlo Kyrylenko]], [[five children|killed;a=Pavlo Kyrylenko]] among them, Donetsk
regional governor Pavlo Kyrylenko said. [[Some 4,000 people|displaced;a=Ukrainian Railways]] had
been waiting on the platforms for evacuation trains, according to Ukrainian Railways. Hospitals in
Kramatorsk and Sloviansk took in [[98 wounded|injured;a=the governor;alt=Pavlo Kyrylenko]], the
governor said. [[Thirty-three seriously wounded patients|injured]] were put on a medical train to
Dnipro that night. [[Twelve|killed;a=regional health officials]] of the wounded later died in
hospital, regional health officials said. The regional blood centre in Kramatorsk said it had
received [[fewer than 40 donors|other;a=The regional blood centre in Kramatorsk]], as most
residents had left.
""",
)

item(
    "Sumy Palm Sunday strike: toll rises to 35, dozens still in hospital",
    """
The toll from the Russian missile strike on central Sumy on Palm Sunday, {{13 April 2025}}, rose
to [[35|killed;a=the regional military administration]] overnight from [[32|killed;a=the regional
military administration]], [[two children|killed;a=the regional military administration]] among the
dead, the regional military administration said. [[117 people|injured;a=the regional military
administration]] were wounded, including [[15 children|injured;a=the regional military
administration]], it said. Sumy regional hospital said it was still treating [[61
patients|injured;a=Sumy regional hospital]] hurt in the strike. Ukraine's health ministry said [[nine|injured;a=Ukraine's health
ministry]] had been flown to Kyiv for specialist surgery. [[About 20 buildings|housing]] were
damaged, including a university building and a trolleybus full of passengers.
""",
)

item(
    "Mariupol maternity hospital hit as city buries its dead in trenches",
    """
A Russian air strike hit Maternity Hospital {{No 3}} in Mariupol on {{9 March 2022}}. [[Three
people|killed;a=the city council]], including a girl, were killed and [[17|injured;a=the city
council]] wounded, among them women in labour, the city council said. City workers have buried
[[at least 67 bodies|killed]] in a trench in the old cemetery, because shelling makes funerals
impossible. The council says [[at least 1,582 residents|killed;a=The council]] have been killed in
{{12 days}} of siege and that [[about 350,000 people|civilians;a=The council]] remain in the city
without power, water or heating. [[Some 2,500 people|displaced]] left in private cars on Monday,
the {{first day}} a convoy was allowed to go.
""",
)

item(
    "Kherson to move psychiatric patients as shelling hits hospitals",
    """
Kherson's regional administration said it would evacuate [[about 100 patients|displaced;p;a=Kherson's
regional administration]] from the city's psychiatric hospital after shelling damaged its roof on
{{24 December 2022}}. Russian fire killed [[10 people|killed;a=Yaroslav Yanushevych]] in the city
that day and wounded [[58|injured;a=Yaroslav Yanushevych]], governor Yaroslav Yanushevych said.
[[Seven hospitals|housing;a=the regional health department]] in the city have been damaged since
Russian forces withdrew across the Dnipro in {{November}}, according to the regional health
department. [[About 1,500 residents|displaced;a=Ukrainian Railways]] have left by train since the
administration urged people to go, Ukrainian Railways said. Officials plan to move [[up to 400
people a day|displaced;p;a=Officials]] on extra trains.
""",
)

item(
    "Belgorod shelling kills 25, wounded flown to Moscow",
    """
Belgorod governor Vyacheslav Gladkov said Ukrainian shelling of the city centre on {{30 December
2023}} killed [[25 people|killed;a=Vyacheslav Gladkov]], [[five children|killed;a=Vyacheslav
Gladkov]] among them, and wounded [[109|injured;a=Vyacheslav Gladkov]]. [[Seven|injured]] of the wounded, including [[four children|injured]], were flown to Moscow hospitals
by air ambulance. The regional blood centre said [[200-300 donors|other;a=The regional blood
centre]] came in the next morning. Gladkov later said [[more than 1,300 residents|displaced;a=Gladkov]]
of border villages had been moved to temporary housing in the city.
""",
)

item(
    "Crocus City Hall: 144 dead, dozens still in hospital",
    """
Russia's health ministry said [[144 people|killed;a=Russia's health ministry]] died in the attack on
Crocus City Hall near Moscow on {{22 March 2024}}, and that [[more than 550|injured;a=Russia's
health ministry]] had sought medical help. [[About 100|injured;a=the ministry;alt=Russia's health
ministry]] were still in hospitals on Tuesday, the ministry said. Investigators said [[four
gunmen|combatants;a=Investigators]] had carried out the attack, and security services said [[11
people|arrested;a=security services]] had been detained. The Moscow region's list of missing,
which held [[95 people|missing]] {{two days}} after the attack, was closed after the last bodies were
identified. Moscow's blood service said [[about 4,000 donors|other;a=Moscow's blood service]]
gave blood in {{48 hours}}.
""",
)

item(
    "Paris hospitals took in 302 wounded on night of attacks",
    """
The Paris public hospital service, AP-HP, said it took in [[302 wounded|injured;a=The Paris
public hospital service]] on the night of {{13 November 2015}}, [[99|injured;a=The Paris public
hospital service]] of them in critical condition. Prosecutor François Molins put the toll at
[[129 dead|killed;a=François Molins]], a figure later raised to [[130|killed;a=François Molins]] when a wounded woman
died. [[Eighty-nine|killed]] were killed in the Bataclan concert hall. [[Seven attackers|killed]]
died, most of them blowing themselves up. The national blood service said [[more than 10,000
people|other;a=The national blood service]] gave blood in the following days. The government
deployed [[1,500 extra soldiers|combatants;a=The government]] in Paris, the government said.
""",
)

item(
    "Manchester Arena bombing: 22 killed, children among 59 in hospital",
    """
Greater Manchester Police said [[22 people|killed;a=Greater Manchester Police]] were killed when a
bomb went off in the foyer of Manchester Arena at {{10.31pm}} on {{22 May 2017}}, the youngest of
them aged {{eight}}. Ambulances took [[59|injured;a=North West Ambulance Service]] to hospitals,
North West Ambulance Service said, and [[12 children|injured]] {{under 16}} were treated at the
Royal Manchester Children's Hospital. NHS England later said [[116 people|injured;a=NHS England]]
had been treated, [[23|injured;a=NHS England]] of them in critical care. Police arrested
[[22 people|arrested]] over the following {{two weeks}}. The home secretary said [[984
soldiers|combatants;a=The home secretary]] were guarding key sites and that [[up to 3,800|combatants;p;a=The
home secretary]] could be deployed.
""",
)

item(
    "WHO has verified 2,000 attacks on Ukraine's health care",
    """
The World Health Organization said on {{3 April 2024}} that it had verified [[more than 1,800
attacks|other;u=other;a=The World Health Organization]] on health care in Ukraine since the full-scale
invasion began on {{24 February 2022}}. The attacks killed [[more than 160 health workers and
patients|killed;a=the agency;alt=The World Health Organization;n=health workers and patients]], the agency said.
Ukraine's health ministry says [[about 1,700 medical facilities|housing;a=Ukraine's health
ministry]] have been damaged and [[over 200|housing;u=structure;a=Ukraine's health ministry]] destroyed. The
ministry counts [[some 120 ambulances|other;a=The ministry;alt=Ukraine's health ministry]] lost to
shelling and capture. [[About 30 medical staff|arrested]] are held in Russian detention, according
to the Ukrainian Healthcare Center, a think tank.
""",
)

item(
    "MSF hospital train marks 10,000 patients carried from front-line towns",
    """
Médecins Sans Frontières said its medical evacuation train had carried [[more than 10,000
patients|displaced;a=Médecins Sans Frontières]] from hospitals near the front line to cities in
western and central Ukraine since {{April 2022}}. [[About 1,700|injured;a=the charity;alt=Médecins
Sans Frontières]] of them were war-wounded, the charity said. The train has [[40 beds|capacity]]
in its intensive-care carriage and can carry [[up to 60 patients|capacity]] on a trip of up to
{{20 hours}}. It runs with a crew of [[24 medical staff|other]] and makes [[two trips
a week|other]]. MSF plans to add a {{second}} train with [[eight intensive-care beds|capacity;p]].
""",
)

item(
    "Doctors return to Kharkiv as children's hospital reopens surgical wing",
    """
Kharkiv's regional children's hospital reopened its surgical wing on {{1 September 2023}} after
repairs to damage from a {{2022}} missile strike, the regional health department said. The wing
has [[120 beds|capacity]] and its {{first}} patients were moved
in from a basement ward. [[About 150 doctors and nurses|returned;a=hospital managers;n=doctors and
nurses]] who had left the city have come back, hospital managers said. The city council says
[[some 40,000 residents|returned;a=The city council]] have returned to Saltivka, the northern
district most damaged by shelling. The wing's equipment includes [[60 intensive-care beds|aid]]
donated by Japan's aid agency, JICA. In Izium, [[3,500 families|returned]] are back in the town,
where the central hospital is working from [[two|other;u=structure]] of its buildings.
""",
)

item(
    "Kursk governor says 2,000 residents unaccounted for after incursion",
    """
Kursk region's acting governor, Alexei Smirnov, said on {{22 August 2024}} that [[about 2,000
residents|missing;a=Alexei Smirnov]] of the areas taken by Ukrainian forces were unaccounted for.
Russia's health ministry said [[31 civilians|killed;a=Russia's health ministry]] had been killed
in the region since the incursion began on {{6 August}} and [[143|injured;a=Russia's health
ministry]] wounded, [[12 children|injured;a=Russia's health ministry]] among them. [[About 121,000
people|displaced;a=Smirnov]] have been evacuated, Smirnov said, and [[more than 200 temporary
shelters|capacity]] have opened across the region. Kursk regional hospital said it had moved
[[60 patients|displaced;a=Kursk regional hospital]] from Sudzha district hospital before the town
fell.
""",
)

item(
    "Okhmatdyt's rebuilt toxicology wing opens a year after missile strike",
    """
Okhmatdyt children's hospital in Kyiv opened its rebuilt toxicology and dialysis building on {{7
July 2025}}, almost {{a year}} after it was destroyed by a Russian missile. The work took {{11
months}} and cost about {{UAH 360 million}}, most of it raised through the {{United24}} fundraising
platform. The new building covers {{9,000 square metres}} over {{five floors}}, and its
shelter can run for {{72 hours}} on its own power. The hospital's director said he hoped the
rebuilt unit would be fully open by {{October}}.
""",
)

item(
    "Ukraine's hospitals stock fuel for a third wartime winter",
    """
Ukraine's health ministry said on {{15 October 2024}} that hospitals had stocked enough diesel to
run their generators for at least {{72 hours}} without mains power. About {{80%}} of hospitals
now have backup power, up from {{60%}} a year earlier, and the largest units generate up to
{{500 kW}}. A regional hospital burns about {{20,000 litres}} of fuel in {{a week}} of blackouts,
and the ministry has set aside {{UAH 1.2 billion}} for fuel. Officials said the first cuts could
come in {{November}}.
""",
)
