"""Arrivals in Lampedusa and Sicily, rescues by NGO ships and the Italian coastguard, the
hotspot and the transfers from it (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Lampedusa hotspot overwhelmed as boats keep coming",
    """More than [[120 boats|other;a=the Italian interior ministry]] reached Lampedusa
    in the {{48 hours}} to Wednesday morning, carrying [[some 6,800 people|displaced;
    a=the Italian interior ministry]], according to the Italian interior ministry. The island's
    hotspot, which has [[about 400 places|capacity]], was holding
    [[more than 6,000 migrants|displaced;a=the Italian Red Cross]] on Tuesday night, the
    Italian Red Cross said. The island has [[roughly 6,000 residents|civilians]]. Volunteers
    handed out [[1,500 meals|aid]] and [[2,000 bottles of water|aid;u=other;n=bottles]] on the
    pier, where [[hundreds of people|displaced]] slept on the ground. The prefecture said
    [[3,200 people|displaced;a=The prefecture;p]] would be moved to Sicily by ferry and
    military ship by Friday. Mayor Filippo Mannino called it "the heaviest {{two days}} the
    island has ever seen".""",
)

item(
    "Ocean Viking lands 261 in Ancona after four-day voyage",
    """The Ocean Viking disembarked [[261 survivors|displaced]] in Ancona on Sunday,
    {{four days}} after the {{first}} of its {{three rescues}} off Libya, SOS Mediterranee said.
    Among them were [[57 unaccompanied minors|displaced;a=the charity;alt=SOS Mediterranee]]
    and [[a dozen women|displaced;a=the charity;alt=SOS Mediterranee]], the charity said. The
    ship had rescued [[78 people|other;a=the charity;alt=SOS Mediterranee]] from a rubber boat
    on Wednesday, the charity said, and took [[a further 183|other;
    a=the charity;alt=SOS Mediterranee]] from [[two wooden boats|other;a=the charity;alt=SOS Mediterranee]] the next day.
    [[Five people|injured;a=SOS Mediterranee]] were treated on board for fuel burns, it said.
    Italy assigned the port of Ancona, about {{1,500 km}} from the rescue area, under rules
    that NGOs say keep their ships away from the central Mediterranean for days.""",
)

item(
    "Coastguard rescues 600 off Calabria in overnight operation",
    """The Italian coastguard said it had rescued [[about 600 people|other;
    a=The Italian coastguard]] from an overcrowded fishing boat {{100 nautical miles}} off
    the coast of Calabria. [[Two patrol boats|other;a=the coastguard;
    alt=The Italian coastguard]] and a navy vessel took part, the coastguard said. The
    survivors, mostly from Bangladesh, Pakistan and Egypt, were landed at Roccella Ionica,
    where [[three|injured]] were taken to hospital with hypothermia. Rescuers found
    [[two bodies|killed]] in the hold. Officers arrested [[four suspected smugglers|arrested;
    a=police]], one aged {{19}} and another {{22}}, police said. The boat had left Tobruk in
    eastern Libya {{five days}} earlier, survivors told investigators. The Red Cross handed out [[600 thermal blankets|aid;a=The Red Cross]] and [[1,200 meals|aid;a=The Red Cross]] at the port, it said.""",
)

item(
    "Italy records 157,000 sea arrivals in 2023, highest since 2016",
    """Italy registered [[157,651 sea arrivals|displaced;a=interior ministry figures]] in
    {{2023}}, interior ministry figures showed on {{January 1}}, up from
    [[105,131|displaced;a=interior ministry figures]] in {{2022}}. Of those,
    [[more than 17,000|displaced;a=the ministry;alt=interior ministry]] were unaccompanied
    minors, the ministry said. Guineans were the largest nationality, with
    [[almost 18,000|displaced]], followed by Tunisians and Ivorians. Departures from Tunisia
    overtook those from Libya for the {{first}} time, with [[some 97,000 people|displaced;
    a=UNHCR]] leaving from the Tunisian coast, according to UNHCR. The agency said
    [[2,500 people|missing;a=The agency;alt=UNHCR]] were dead or missing on the central
    Mediterranean route during the year, a rise of {{75%}}. Frontex put the figure for the whole route at [[between 157,000 and 158,000 people|displaced;a=Frontex]].""",
)

item(
    "Sea-Watch plane spots 40 boats in a single day",
    """Crew on Sea-Watch's Seabird aircraft counted [[40 boats|other;a=the charity;
    alt=Sea-Watch]] in distress or under way between Libya and Lampedusa on Saturday, the
    charity said. One rubber boat was carrying [[about 80 people|civilians;a=Sea-Watch]] and
    was taking in water, it said. The Libyan coastguard intercepted [[two of the boats|other;
    a=Sea-Watch;n=boats]] and took them back to Zawiya, Sea-Watch said, while merchant ships
    picked up [[some 150 people|other;a=Sea-Watch]] from others. Italian coastguard vessels
    brought [[1,100 people|displaced]] ashore on Lampedusa by nightfall. "We flew for
    {{nine hours}} and there was not a moment without a boat below us," pilot Tamino Böhm
    said. The hotspot, built for [[about 400 people|capacity]], was holding [[more than 2,000|displaced;a=the prefecture]] on Sunday, the prefecture said.""",
)

item(
    "Minors stuck for weeks in Sicilian reception centres",
    """[[More than 700 unaccompanied children|displaced;a=Save the Children]] were staying in
    emergency centres in Sicily designed for adults, Save the Children said on Tuesday. Some
    had been there for {{more than 60 days}}, beyond the {{30-day}} legal limit, the charity
    said. A centre in Pozzallo built for [[120 people|capacity;a=Save the Children]] held
    [[260 boys|displaced;a=Save the Children]] last week, it said. The interior ministry said
    it was opening [[12 new centres|capacity;a=The interior ministry;p]] for minors with
    [[1,000 places|capacity;a=The interior ministry;p]] by the end of the summer. Italy
    hosted [[about 23,000 unaccompanied minors|displaced;a=labour ministry data]] in August,
    according to labour ministry data. [[Forty of the boys|missing;n=boys;a=police]] had left the centre and could not be traced, police said.""",
)

item(
    "Geo Barents rescues hundreds in five operations",
    """Doctors Without Borders' ship Geo Barents rescued [[439 people|other;
    a=Doctors Without Borders]] in {{five operations}} over {{36 hours}}, the group said on
    Friday. Among the survivors were [[67 children|other]], including a baby girl
    {{11 days}} old. MSF said its teams treated [[dozens of people|injured;a=MSF]] for
    dehydration and chemical burns caused by a mix of fuel and seawater. The ship, which can
    take [[up to 600 survivors|capacity]], was assigned La Spezia, a sailing of almost
    {{four days}}. "We had [[11 people|civilians;a=Juan Matías Gil]] clinging to the tubes of
    a boat that had already half sunk," said Juan Matías Gil, MSF's head of search and
    rescue. Italian police arrested [[two men|arrested;a=police]] suspected of steering the boats, police said.""",
)

item(
    "Pozzallo: 42 rescued after night in the water",
    """[[Forty-two people|other;a=the Guardia di Finanza]] were pulled from the sea off
    Pozzallo early on Monday after their fibreglass boat capsized, the Guardia di Finanza
    said. [[Three women|killed;a=the Guardia di Finanza]] died, it said, and
    [[at least six people|missing;a=survivors]] were still missing, according to survivors.
    [[Eight of the survivors|injured;n=survivors]] were taken to hospital in Modica. The boat
    left Sfax on Saturday night with [[about 50 passengers|civilians;a=survivors]] aboard,
    survivors said, each paying between {{2,000}} and {{3,000 dinars}}. Police detained [[two Tunisian men|arrested;a=prosecutors in Ragusa]] suspected of steering the boat, prosecutors in Ragusa said.""",
)

item(
    "Transfers from Lampedusa stall as ferry stays in port",
    """About [[1,900 migrants|displaced;a=the prefecture of Agrigento]] remained in the
    Lampedusa hotspot on Thursday, the prefecture of Agrigento said, after high seas kept the
    regular ferry in port for a {{second}} day. The navy ship Cassiopea took
    [[650 people|displaced;a=officials]] to Porto Empedocle on Wednesday night, officials
    said, and [[a further 400|displaced;p;a=officials]] are due to leave by plane, they said.
    [[Thirty-five carabinieri|combatants]] were sent to the island to help manage the
    centre. At Porto Empedocle, a tent camp with [[1,000 places|capacity]] was nearly full.
    Winds of {{60 km/h}} were forecast until Saturday. The Red Cross said it had served [[4,000 meals|aid;a=The Red Cross]] in {{24 hours}}.""",
)

item(
    "Alarm Phone: boat with 500 aboard adrift south of Malta",
    """Alarm Phone said on Sunday that a fishing boat with
    [[some 500 people|civilians;a=Alarm Phone]] on board was drifting in the Maltese search
    and rescue zone, its engine broken. Among them were [[about 40 children|civilians;
    a=the hotline;alt=Alarm Phone]], the hotline said. [[Two people|killed;
    a=people on board]] had died overnight, people on board told the group. Malta's armed
    forces said they were monitoring the boat. An Italian coastguard vessel reached it after
    {{30 hours}} and took [[all 497 survivors|other]] to Pozzallo. [[Fourteen of them|injured;n=-;a=doctors]] were taken to hospital in Modica with dehydration, doctors said, and [[11 suspected smugglers|arrested;a=police]] were detained, police said.""",
)

item(
    "Arrivals fall by 60 percent as Tunisia tightens coast",
    """Italy recorded [[66,317 arrivals|displaced;a=the interior ministry]] by sea in
    {{2024}}, the interior ministry said, down almost {{60%}} from the year before. Arrivals
    from Tunisia fell to [[about 19,000|displaced]], while [[more than 41,000|displaced]]
    came from Libya. Bangladeshis were the largest group, with
    [[nearly 14,000 people|displaced;a=ministry data]], according to ministry data. Interior
    Minister Matteo Piantedosi credited the cooperation with Tunis and Tripoli, which he said
    had stopped [[over 120,000 departures|other;a=Matteo Piantedosi]]. Italy's reception
    system hosted [[some 138,000 people|displaced;a=Matteo Piantedosi]] at year end, he said,
    against [[145,000 places|capacity;a=Matteo Piantedosi]].""",
)

item(
    "Humanity 1 finds eleven bodies in rubber boat",
    """The crew of the German rescue ship {{Humanity 1}} found
    [[eleven bodies|killed;a=SOS Humanity]] in a rubber boat {{40 nautical miles}} off
    Libya on Wednesday, SOS Humanity said. The charity rescued [[84 survivors|other;
    a=SOS Humanity]], including [[22 minors|other;a=SOS Humanity]], from the same boat, it said. Survivors told the crew that the boat had
    been at sea for {{three days}} and that [[at least four people|missing;a=Survivors]] fell
    overboard. Italy assigned the port of Ortona on the Adriatic, {{about 1,200 km}} away.
    The organisation asked for a nearer port for the bodies, saying the journey would add
    {{three days}} to the crew's ordeal. [[Two of the survivors|injured;n=survivors]] had to be evacuated by helicopter to Malta.""",
)

item(
    "Fire in Lampedusa hotspot forces hundreds into the open",
    """A fire broke out overnight in the migrant hotspot on Lampedusa, destroying
    [[two dormitories|housing;u=structure;a=firefighters]] and damaging
    [[three others|housing;n=-;u=structure;a=firefighters]], firefighters said.
    [[Fourteen people|injured;a=the Red Cross]] were treated for smoke inhalation, the Red
    Cross said, [[two of them|injured;n=-]] in hospital in Palermo. The centre was holding
    [[about 1,150 people|displaced;a=the Red Cross]] at the time, it said, almost {{three times}}
    its capacity. Police detained [[three Tunisian men|arrested;a=prosecutors]] suspected of
    setting mattresses alight during a protest over delays, prosecutors in Agrigento said.
    [[Around 300 people|displaced]] spent the rest of the night in the courtyard. The
    ministry said [[500|displaced;p;a=The ministry]] would be taken to Sicily on Monday's
    ferry.""",
)

item(
    "Red Cross scales up aid at Sicilian ports",
    """The Italian Red Cross said it had handed out [[18,000 hygiene kits|aid;
    a=The Italian Red Cross]] and [[some 25,000 blankets|aid;a=The Italian Red Cross]] at
    landing points in Sicily and Calabria since January. Its medical teams screened
    [[more than 40,000 people|aid;a=the organisation;alt=The Italian Red Cross]] on the quays,
    the organisation said, and sent [[about 1,300|injured;a=the organisation;
    alt=The Italian Red Cross]] to hospital, most for burns,
    dehydration or scabies. It plans to deploy [[120 more volunteers|other;p;
    a=The Italian Red Cross]] over the summer. At Augusta, the organisation set up a
    shelter with [[250 beds|capacity]] for people waiting for buses to reception
    centres in the north. [[Nearly 3,000 people|displaced]] were waiting in port areas on Friday.""",
)

item(
    "Mare Nostrum ends after a year at sea",
    """Italy's navy operation Mare Nostrum ended on {{October 31}} after rescuing
    [[more than 150,000 people|other;a=the navy]] in {{12 months}}, the navy said.
    [[About 900 sailors|combatants;a=the navy]] and [[up to five warships|other;a=the navy;
    n=warships;u=other]] took part at any time, it said, at a cost of about {{9 million euros}}
    a month. The navy also arrested [[330 alleged smugglers|arrested;a=The navy]], it said.
    The European Union's Triton operation, which replaces it, will deploy
    [[some 65 border guards|combatants;p;a=Frontex]] and [[seven ships|other;p;a=Frontex]],
    according to Frontex, patrolling only {{30 nautical miles}} from the Italian coast. Charities
    warned that deaths would rise; [[3,279 people|killed;a=UNHCR]] died in the Mediterranean
    in {{2014}}, according to UNHCR.""",
)

item(
    "Calm seas and a long weekend: the calendar of crossings",
    """Forecasters expect winds to drop below {{10 knots}} from Thursday in the Strait of
    Sicily, the kind of window that in past summers has brought a surge of boats. Lampedusa
    lies {{113 km}} from the Tunisian coast and about {{300 km}} from Zuwara in Libya. In
    {{August 2023}}, landings rose by {{more than 40%}} in the {{five days}} after a similar
    lull, according to an analysis by the ISPI think-tank. Sea temperatures of {{27C}} also
    make the journey survivable for longer, rescuers say. The island's mayor, {{48}}, said he
    had asked Rome for a plan before {{15 August}}.""",
)

item(
    "Lampedusa's hotels count cost of a summer of headlines",
    """Hotel bookings on Lampedusa fell by {{about 25%}} in July compared with
    {{2022}}, the island's hoteliers' association said, blaming images of the crowded pier.
    A room that cost {{120 euros}} a night last summer now goes for {{90 euros}}, owners say.
    The {{20-square-kilometre}} island lives on tourism and fishing, and its season lasts
    barely {{four months}}. "We have welcomed people since {{2011}} and we will keep doing so,"
    said Giusi Nicolini, the former mayor, at a debate on {{August 3}}. The association is
    asking for a {{50%}} cut in ferry fares for visitors until October.""",
)
