"""Jordan: Zaatari, Azraq, the cities and the berm at Rukban."""

from _wrap import item

item(
    "Zaatari at ten: a desert camp that became a town",
    """ZAATARI, Jordan (AFP) - When the Zaatari camp opened in {{July 2012}}, aid workers were
    pitching [[hundreds of tents a night|aid]] for families who had walked across the border
    from Daraa. At its peak in {{2013}} it held [[some 200,000 people|displaced]], briefly making
    it one of the largest towns in the kingdom. Today [[about 80,000 Syrians|displaced;a=UNHCR]]
    live there, UNHCR says, and {{55%}} of them are {{under 18}}. The tents have long since given
    way to [[some 26,000 prefabricated caravans|capacity]], and the camp runs
    [[32 schools|other]] in {{two}} shifts. [[More than 20,000 babies|other;a=the Jordanian
    authorities]] have been born in the camp since it opened, according to the Jordanian
    authorities. "My son has never seen Syria," said Umm Khaled, {{41}}, who arrived in the
    {{first}} winter.""",
)

item(
    "Azraq camp, built for 130,000, still half empty",
    """Azraq camp, opened in {{April 2014}} on a gravel plain {{90 km}} east of Amman, was built to
    house [[up to 130,000 refugees|capacity]], but it has never held more than
    [[about 54,000 people|displaced;a=UNHCR]], UNHCR figures show. Its [[four villages|capacity]] are laid out in rows of steel shelters, and [[nearly 9,000 shelters|capacity]]
    stand on the site. Planners expected an influx that Jordan then largely blocked at the
    border. Residents say the distance from towns makes work hard to find, and [[about 2,000
    residents|other]] hold jobs inside the camp with aid agencies. The camp has
    [[a dozen schools|other]]. The camp was the
    first in the region to run on solar power, with a {{5-megawatt}} plant opened in
    {{2017}}. Aid officials said [[around 40,000 residents|displaced;a=Aid officials]] remained
    there in {{2025}}.""",
)

item(
    "Rukban: the camp on the berm that no one wanted",
    """The Rukban camp grew up in {{2015}} on the sand berm that marks Jordan's border with Syria,
    where [[tens of thousands of people|displaced]] waited for a crossing that closed after a
    car bomb killed [[seven Jordanian soldiers|killed]] at a nearby military post in
    {{June 2016}}. At its height, the United Nations said, [[some 60,000 people|displaced;a=the
    United Nations]] were living in mud-brick huts and tents there. Aid convoys were rare: one
    in {{February 2019}} brought [[118 trucks|aid]] of food and medicine, the Syrian Arab Red
    Crescent said. By {{2023}} [[fewer than 8,000 residents|civilians;a=local council figures]] remained,
    according to local council figures. [[At least 11 people|killed;a=medics]], medics said,
    died in the camp that winter from illnesses that could have been treated.""",
)

item(
    "Jordan to open Rukban route as camp empties after Assad's fall",
    """AMMAN (Reuters) - The last residents of Rukban were expected to leave the desert camp
    within weeks, Jordanian officials said on {{Sunday}}, after the fall of Bashar al-Assad in
    {{December 2024}} removed the fear that had kept them on the berm. [[About 3,000
    people|returned;a=the local council]] have gone back to Homs and Palmyra since {{January}},
    the local council said. [[The remaining 1,200 residents|civilians;a=Jordanian officials]] will
    be bused north, Jordanian officials said, and the UN plans to lay on [[40 buses|other;p;a=the
    UN]] for them. At its peak the camp held [[about 60,000 people|displaced]]. "We lived {{nine years}}
    under a blockade," said Abu Mohammad, a council member. [[Dozens of families|returned;a=Abu Mohammad]],
    he said, had already dismantled their huts and sold the timber. Council members said
    [[15 to 20 families|returned;a=Council members]] were now leaving each day.""",
)

item(
    "Storm flattens tents in Zaatari as temperatures plunge",
    """Snow and gale-force winds tore through Zaatari camp overnight, damaging
    [[more than 1,100 tents and caravans|housing;u=other;n=tents and caravans]], the Jordanian
    Civil Defence said on {{Thursday}}. [[Some 400 families|displaced;a=the agency;alt=the
    Jordanian Civil Defence]] were moved to communal shelters, the agency said, as temperatures
    fell to {{minus 4C}}. Crews distributed [[8,000 blankets|aid]] and [[2,500 heaters|aid;u=other]]
    through the night. [[Two children|injured;a=a UNHCR spokesman]] were treated for burns after a
    stove overturned, a UNHCR spokesman said. Storm Huda brought up to {{40 cm}} of snow to
    parts of northern Jordan, closing roads for {{two days}}. Civil Defence officials said
    [[about 200 shelters|housing;a=Civil Defence officials]] had been destroyed outright.""",
)

item(
    "Jordan puts Syrian population at 1.3 million, half unregistered",
    """AMMAN - Jordan hosts [[1.3 million Syrians|displaced;a=the government]], the government said
    on {{Monday}}, but [[only about 620,000|displaced;a=UNHCR;n=-]] of them are registered as
    refugees, according to UNHCR. Just {{17%}} of registered refugees
    live in camps, the rest in Amman, Irbid, Mafraq and Zarqa, where rents have doubled since
    {{2012}}. Planning Minister Wissam Rabadi told donors that hosting them had cost the treasury
    more than {{$12 billion}}. He said [[nearly 500,000 Syrian children|civilians;a=Wissam Rabadi]] needed
    school places, health care and vaccination. [[About 130,000 people|displaced]] live in the
    [[two main camps|capacity]], Zaatari and Azraq. UNHCR said [[more than 2,000 refugees|displaced;a=UNHCR]]
    had registered in the {{first}} quarter, most of them newborns and relatives arriving for
    family reunion.""",
)

item(
    "Work permits for Syrians pass 400,000 under Jordan Compact",
    """Jordan has issued [[more than 400,000 work permits|other;u=other;a=the Labour Ministry]] to
    Syrian refugees since the Jordan Compact was signed in London in {{2016}}, the Labour Ministry
    said, though many are short-term permits renewed each year. Under the deal, donors promised
    grants and easier access to European markets in return for jobs. The ministry had hoped to
    reach [[200,000 workers|other;p;a=The ministry;alt=the Labour Ministry]] within {{three years}}; that target was met only in
    {{2021}}. Agriculture and construction account for {{70%}} of the permits. The International
    Labour Organization found in a survey that [[some 60,000 Syrians|other;a=The International
    Labour Organization]] were working informally in Mafraq alone. Only [[about 6,000 women|other;a=the ministry;alt=the Labour Ministry]]
    held permits last year, the ministry said, and [[more than 20,000 Zaatari residents|other]]
    carry permits that let them leave the camp for work. [[About 2,500 Syrians|other]] work in the garment plants of the
    special economic zones. Factory owners say the
    quotas for garment plants in special economic zones were never filled.""",
)

item(
    "Double shifts let Jordan schools take Syrian pupils",
    """Jordan's education ministry said on {{Tuesday}} that [[about 145,000 Syrian
    children|other;a=Jordan's education ministry]] were enrolled in public schools this year,
    [[around 40,000 of them|other;n=-]] in the camps. To make room, [[208 schools|other]] run a
    {{second}} afternoon shift, taught largely by Jordanian teachers on overtime. UNICEF estimates
    that [[up to 50,000 school-age Syrians|civilians;a=UNICEF]] are still out of school, many
    working on farms or in workshops from {{the age of 12}}. Donors have pledged to fund
    [[10,000 more school places|other;p;u=other]] by {{2027}}. The ministry has hired [[about 4,000 Jordanian teachers|other;a=The ministry;alt=Jordan's
    education ministry]] on contract for the afternoon shift. The ministry said the school year
    would start on {{August 24}}.""",
)

item(
    "One dead, dozens of police hurt as Zaatari protest turns violent",
    """ZAATARI, Jordan (AP) - A Syrian refugee was shot dead and [[28 police officers|injured;a=the
    Public Security Directorate]] were wounded during clashes in the Zaatari camp, the Public
    Security Directorate said on {{Sunday}}. The violence began when police stopped a car
    smuggling [[several dozen people|other]] out of the camp without permits. Residents threw
    stones and set fire to [[two police vehicles|other]], and [[dozens of tents|housing]] were
    burned, witnesses said. Police arrested [[23 men|arrested;a=a spokesman]], a spokesman said.
    [[One refugee|killed]] died of a gunshot wound in hospital in Mafraq. UNHCR said it was
    "deeply concerned" and called for calm in a camp then holding [[about 100,000
    people|displaced]].""",
)

item(
    "Thousands stranded on the berm as Jordan seals border after bombing",
    """Jordan declared its north-eastern desert border a closed military zone on {{Tuesday}}, a
    day after a suicide car bomb at the Rukban crossing killed [[six soldiers|killed]] and a
    civil defence officer and wounded [[14 others|injured]]. The closure leaves
    [[some 64,000 Syrians|displaced;a=aid agencies]] stranded at the Rukban and Hadalat
    gatherings, aid agencies said, most of them women and children. The UN said
    [[as many as 75,000 people|civilians;p;a=The UN]] could be cut off from food and water.
    "There is no alternative," Information Minister Mohammad Momani said. The army said
    [[more than 1,000 troops|combatants;a=The army]] had been sent to reinforce the frontier. Before the attack Jordan
    had admitted [[about 50 people a day|displaced]] through the berm after security checks.""",
)
item(
    "Returns from Jordan pass 120,000 as Jaber crossing fills up",
    """JABER CROSSING, Jordan (Reuters) - [[More than 120,000 Syrian refugees|returned;a=UNHCR]]
    have gone home from Jordan since the fall of Bashar al-Assad on {{December 8, 2024}}, UNHCR
    said on {{Wednesday}}, among them [[about 19,000 camp residents|returned]]. On the busiest
    days [[some 3,400 people|returned;a=border officials]] cross at Jaber, border officials said,
    their belongings piled onto pick-ups and rented lorries. Zaatari's population has fallen to
    [[about 68,000|displaced;n=-]], the lowest since {{2013}}. The agency expects
    [[200,000 more|returned;p;n=-;a=The agency;alt=UNHCR]] to go back by the end of {{2026}} if
    services in Daraa recover. "We left in {{2013}} with nothing and we go back with nothing,"
    said Fatima, {{38}}, whose house in Busra al-Harir was destroyed. Each returning family gets
    a one-off grant of {{$100}}. [[Nearly 2,000 people|returned]] crossed on the last day of Ramadan alone.""",
)

item(
    "Fire in Azraq camp kills three children",
    """AZRAQ, Jordan - [[Three children|killed;a=the Civil Defence Directorate]] died when fire
    swept through a row of shelters in {{Village 3}} of Azraq camp late on {{Friday}}, the Civil
    Defence Directorate said. [[Four other people|injured]], including the children's mother,
    were taken to hospital in Zarqa with burns. The blaze destroyed [[12 shelters|housing]] and
    forced [[about 60 residents|displaced]] to spend the night in a community centre.
    [[Two fire engines|other;u=other]] and a water tanker took nearly {{an hour}} to put it out,
    residents said. UNHCR said it would rebuild the shelters within {{two weeks}} and provide
    [[20 replacement kits|aid;p;a=UNHCR]] of cooking gear and bedding. An electrical fault in a
    heater was the likely cause.""",
)

item(
    "On the berm, smugglers and a US garrison shape life in Rukban",
    """Life in Rukban is shaped by the al-Tanf garrison {{15 km}} away, where
    [[some 200 US troops|combatants;a=Pentagon officials]] are based, according to Pentagon
    officials, and by the Syrian rebel group that guards its perimeter with
    [[about 300 fighters|combatants]]. Smugglers charge up to {{$1,500}} to bring a person out.
    Last month [[five men|kidnapped;a=camp residents]] were seized by a smuggling gang and held
    for ransom for a week, camp residents said; [[three of them|kidnapped;n=-]] were freed after
    their families paid. Government forces besieging the area had allowed in only
    [[two aid convoys|aid;a=the UN]] in {{two years}}, the UN said. [[At least 8,000
    people|civilians;a=the camp's council]] still live there, the camp's council said.""",
)

item(
    "Jordan deporting hundreds of refugees a month, rights group says",
    """Jordanian authorities deported [[about 400 registered Syrian refugees a month|returned;a=Human
    Rights Watch]] in the {{first}} half of {{2017}}, Human Rights Watch said in a report on
    {{Monday}}, while [[some 300 more a month|returned;n=-]] went back under pressure that the
    group said amounted to forced return. Among those expelled were [[at least five large
    families|returned;a=the group;alt=Human Rights Watch]], the group said, sent back as a
    collective punishment after security incidents. Refugees described being held for days at
    the Raba'a al-Sarhan processing centre, where [[dozens of men|arrested]] were detained
    without charge. Jordan's government said deportations were based on security grounds and
    that [[fewer than 5,000 people|returned;a=Jordan's government]] had been sent back in all. The
    kingdom hosted [[about 660,000 registered refugees|displaced]] at the time.""",
)

item(
    "UNHCR winter cash reaches 57,000 families in Jordan's cities",
    """UNHCR said on {{Thursday}} it had paid one-off winter cash grants to [[about 57,000
    vulnerable families|aid;a=UNHCR]] living outside the camps in Jordan, worth {{160 dinars}}
    each, and planned to reach [[a further 9,000 households|aid;p;a=UNHCR]] if funds arrive. Volunteers helped [[300-350 elderly refugees|aid]] who
    could not reach the cash machines. Iris
    scans at ATMs let refugees collect the money without bank cards. The agency estimates that
    [[nearly 400,000 refugees|civilians;a=The agency;alt=UNHCR]] in urban areas live below the
    poverty line of {{68 dinars}} a person a month. A survey in {{2025}} found that
    {{two in three}} refugee families had borrowed to pay rent. [[Another 2,300 families|aid]] in Azraq got vouchers
    for winter clothing. [[Around 4,000 families|aid]] in
    Mafraq also received gas cylinders and stoves through the Norwegian Refugee Council.""",
)

item(
    "Jordan's Syria plan ends year a third funded",
    """The Jordan Response Plan for the Syria crisis closed {{2024}} only {{31%}} funded, the
    Ministry of Planning said, with {{$712 million}} received out of {{$2.3 billion}} requested.
    Funding for health fell by {{40%}} from {{2023}}, and the water sector received less than
    {{a fifth}} of what it sought. The ministry warned that without new money it would have to
    review refugees' access to public hospitals at the subsidised rate from {{January 1}}.
    Donors meeting in Brussels in {{March 2025}} pledged {{€5.8 billion}} for Syria and the
    region, down from {{€7.5 billion}} a year earlier.""",
)

item(
    "On Zaatari's main street, a falafel stand turns thirteen",
    """Abu Ahmad was {{39}} when he set up his falafel stand on the street that Zaatari residents
    call the Champs-Elysees, in {{2013}}. Thirteen years later, at {{52}}, he still opens at
    {{5.30am}} and closes after dark. A sandwich costs {{35 piasters}}, about {{50 cents}}, the
    same as in {{2016}}. The street runs for nearly {{3 km}} from the camp's main gate, and its
    shops sell wedding dresses, phones and birdcages. "I was going to stay {{two months}}," he
    said, laughing. He says business fell by {{half}} in {{2023}} when food vouchers were cut,
    and again after {{December 2024}}, when neighbours began leaving for Daraa.""",
)
