"""The sea and the way home: shipwrecks off Tunisia and Libya, rescues and interceptions, the
dead and their graves, repatriations from Italy and IOM's return flights, camps cleared."""

from _wrap import item

item(
    "Italy sends back Tunisians on twice-weekly charter flights",
    """
ROME, {{Nov 20}} - Italy deported [[2,246 Tunisians|returned;a=Italy's interior ministry]] in
{{2023}} on [[two charter flights a week|other;a=Italy's interior ministry]] from Palermo and Rome,
Italy's interior ministry said on {{Monday}}. Under a {{2011}} agreement, each flight can carry [[up
to 40 people|returned]]. [[About 600 Tunisians|arrested;a=lawyers]] were being held in repatriation
centres awaiting removal, lawyers said. Italy's [[10 repatriation centres|capacity]] have [[about
1,100 places|capacity]] in all. Tunisians made up about {{18%}} of sea arrivals last year. Lawyers
said [[dozens of minors|returned;a=Lawyers]] had been deported although they were under {{18}}.
""",
)

item(
    "Hundreds feared dead after boat from Libya sinks off Greece",
    """
KALAMATA, Greece, {{June 15}} (Reuters) - [[At least 78 people|killed;a=the Greek coast guard]]
died and [[hundreds|missing;n=-;a=the Greek coast guard]] were feared missing after a fishing boat
that had sailed from Tobruk in eastern Libya sank off south-western Greece, the Greek coast guard
said. Survivors said there had been [[between 400 and 750 people|other;a=Survivors]] on board.
[[One hundred and four survivors|other;a=the coast guard;alt=Greek coast guard]] were taken to
Kalamata, the coast guard said. [[Nine Egyptians|arrested]] were arrested on suspicion of people
smuggling. Pakistan's interior minister said [[about 350 Pakistanis|missing;a=Pakistan's interior
minister]] were believed to be among the missing.
""",
)

item(
    "Returns from Tunisia hit record in 2025",
    """
TUNIS, {{Dec 30}} (TAP) - [[More than 8,200 migrants|returned;a=the interior ministry]] left
Tunisia for their home countries in {{2025}} under the IOM's voluntary return programme, nearly
{{three times}} the {{2024}} figure, the interior ministry said on {{Tuesday}}. Most flew home on
[[68 charter flights|other;a=the ministry;alt=interior ministry]] from Tunis-Carthage and Enfidha,
the ministry said. Guineans were the largest group, with [[2,410 returnees|returned]], followed by
[[1,987 Ivorians|returned]]. The ministry said [[another 3,000 people|returned;p;a=The
ministry;alt=interior ministry]] had registered to leave by {{March}}. The IOM estimates that
[[about 16,000 migrants|civilians;a=The IOM]] remain in the Sfax region. Civil society groups say
[[hundreds of returnees|returned;a=Civil society groups]] were pressured to sign up.
""",
)

item(
    "Twenty-seven drown as two boats sink off Sfax",
    """
SFAX, Tunisia, {{Dec 31}} (AFP) - [[Twenty-seven migrants|killed;a=a regional court spokesman]]
drowned and [[83|other;n=-;a=a regional court spokesman]] were rescued when [[two boats|other;a=a
regional court spokesman]] sank off Sfax on {{Monday}}, a regional court spokesman said. The dead
included [[a dozen women|killed]] and [[two children|killed]], {{aged four and seven}}. The boats
had set off from the beaches of Sidi Mansour with [[about 110 people|other;a=a regional court
spokesman]] aboard, he said. Judicial police detained [[three Tunisians|arrested]] suspected of
organising the crossing. The National Guard said it had prevented [[more than 74,000
crossings|other;a=The National Guard]] in {{2024}}.
""",
)

item(
    "More than 800,000 migrants in Libya, IOM count shows",
    """
TRIPOLI, {{Aug 12}} - The IOM's Displacement Tracking Matrix counted [[824,131 migrants|civilians;a=The
IOM's Displacement Tracking Matrix]] in Libya in {{May}} and {{June}}, the highest figure since it
began tracking in {{2016}}. Sudanese made up [[about 241,000|civilians;n=-]], followed by Nigeriens
and Egyptians. UN figures show [[about 4,800 migrants|arrested;a=UN figures]] were held in centres
run by the interior ministry. [[About 160,000 migrants|civilians;a=the UN's response plan]] need
humanitarian aid, the UN's response plan for {{2025}} says, and aid agencies aim to reach [[95,000 of
them|aid;p;n=-;a=aid agencies]]. [[More than 9,000 migrants|returned]] left Libya for home on IOM
flights in the {{first half}} of the year.
""",
)

item(
    "'We were 42 on the boat': a survivor of the Jebeniana wreck",
    """
SFAX, Tunisia, {{May 2}} - Mamadou, a {{19-year-old}} from Guinea, says he paid {{1,500 dinars}} for
a seat on an iron boat that left the beach at Jebeniana at {{2am}} on {{April 14}}. "We were
[[42|other;n=-;a=Mamadou]] on the boat, [[nine|other;n=-;a=Mamadou]] of them women," he said. Within
{{two hours}} the welded hull split apart. Only [[17 people|other;a=Mamadou]] were pulled from the
water, by fishermen, he said. The National Guard later recovered [[19 bodies|killed;a=The National
Guard]] and said [[six people|missing;a=The National Guard]] were still missing. His cousin, aged
{{16}}, was among the dead. Mamadou now sleeps in an olive grove near El Amra with [[about 200 other
men|displaced]] from his region.
""",
)

item(
    "Guinea and Mali fly citizens home from Tunisia after Saied speech",
    """
TUNIS, {{March 4}} (Reuters) - A plane chartered by Guinea's government flew [[about 50
Guineans|returned]] home from Tunis on {{Wednesday}}. Côte d'Ivoire said it would repatriate [[some
500 citizens|returned;p;a=Côte d'Ivoire]] over the weekend, and Mali's embassy said [[more than 1,000
Malians|returned;p;a=Mali's embassy]] had registered to leave. Rights groups said [[dozens of
homes|housing;a=Rights groups]] rented by black Africans in Tunis and Sfax had been attacked and
looted after President Kais Saied's speech of {{Feb 21}}. The Tunisian League for Human Rights said
[[about 840 migrants|arrested;a=The Tunisian League for Human Rights]] had been detained in the
{{two weeks}} after the speech. [[About 80 families|displaced]] thrown out of their flats camped
outside the IOM's office in Tunis. The Ivorian embassy said [[about 300 Ivorians|displaced;a=The
Ivorian embassy]] were sheltering on its premises.
""",
)

item(
    "Tunisia sends bulldozers and hundreds of officers to clear Jebeniana camps",
    """
JEBENIANA, Tunisia, {{April 12}} - Tunisian authorities deployed [[about 600
officers|combatants;a=the National Guard]] from the National Guard and police, with bulldozers, to
clear migrant camps near Jebeniana, the National Guard said. It said [[more than 1,200 makeshift
shelters|housing;a=the National Guard]] had been demolished and [[about 800 tents|housing;a=the
National Guard]] burned. The operation followed clearances in El Amra {{a week}} earlier in which
[[some 4,000 shelters|housing;a=officials]] were removed, according to officials. The Red Crescent
said [[2,000-2,500 people|displaced;a=The Red Crescent]] had moved to other groves further north.
Police detained [[at least 90 people|arrested]] who refused to leave. The IOM said [[614
people|returned;p;a=The IOM]] from the camps had signed up for flights home.
""",
)

item(
    "UN finds 1,400 men crammed into Tripoli's Tarik al-Sika centre",
    """
TRIPOLI, {{Nov 6}} - UN staff who visited the Tarik al-Sika detention centre in Tripoli this week
found [[about 1,400 men|arrested;a=the UN Support Mission in Libya]] held in [[four
hangars|capacity;u=structure;a=the UN Support Mission in Libya]] meant for [[no more than
400|capacity;n=-;a=the UN Support Mission in Libya]], the UN Support Mission in Libya said. [[Thirty-eight
detainees|injured;a=the mission;alt=UN Support Mission in Libya]] had been treated for injuries from
beatings in the past month, the mission said. The IOM said its doctors had carried out [[about 2,600
medical consultations|aid;u=other;a=The IOM]] in Tripoli's detention centres in {{October}}. The
interior ministry's anti-illegal migration directorate runs [[about 20 official
centres|capacity]] across the country. Officials said [[some 240 Bangladeshis|returned;p;a=Officials]]
held at Tarik al-Sika were due to be flown home next week.
""",
)

item(
    "Libyan troops deploy to Ras Jedir as migrants wait in border zone",
    """
TRIPOLI, {{March 25}} - Libya's Government of National Unity sent [[about 1,000
troops|combatants;a=the interior ministry]] and [[dozens of armoured vehicles|other;a=the interior
ministry]] to the Ras Jedir border crossing on {{Monday}}, the interior ministry said. The move
followed clashes with an armed group from Zuwara in which [[two fighters|killed;a=local media]] were
killed, local media reported. The Libyan Red Crescent said [[about 400 migrants|displaced;a=The Libyan
Red Crescent]] expelled from Tunisia were stranded in the buffer zone. The Red Crescent said its
volunteers had handed out [[1,100 food parcels|aid;a=The Red Crescent;alt=Libyan Red Crescent]] to
[[about 450 families|aid;a=The Red Crescent;alt=Libyan Red Crescent]].
Tunisia deployed [[about 300 National Guard officers|combatants]] on its side of the crossing.
Medics said [[11 migrants|injured;a=Medics]] had been hurt by stray bullets.
""",
)

item(
    "Zarzis cemetery for drowned migrants is filling up",
    """
ZARZIS, Tunisia, {{Oct 9}} (AFP) - The Garden of Africa cemetery in Zarzis, opened in {{2021}},
holds the graves of [[more than 600 migrants|killed]] whose bodies washed up on Tunisia's southern
beaches. It was laid out for [[about 800 graves|capacity;u=other]]. The municipality said [[about 150
bodies|killed;a=The municipality]] had been buried there in {{2025}} alone. Red Crescent volunteers
have taken DNA samples from [[312 bodies|killed]] so far, but only [[27|killed;n=-;a=the Red
Crescent]] have been identified, the Red Crescent said. The National Guard said [[52
bodies|killed;a=The National Guard]] were recovered off Zarzis and Djerba in {{January}}.
""",
)

item(
    "Algerian army says it detained over 1,000 migrants in a week",
    """
ALGIERS, {{Feb 8}} (APS) - Algerian army units detained [[1,184 illegal migrants|arrested;a=the
defence ministry]] of various nationalities at In Guezzam, Tamanrasset, Djanet and Tlemcen between
{{Jan 31}} and {{Feb 6}}, the defence ministry said in its weekly statement. Coast guards in the same
period foiled attempts by [[218 people|other;a=the defence ministry]] to leave by sea and arrested
[[11 organisers|arrested;a=the defence ministry]], the defence ministry said. Units also seized [[14
vehicles|other]] and [[27 satellite phones|other;u=other]]. Over {{2024}} as a whole, the ministry
said, the army detained [[more than 41,000 migrants|arrested;a=the ministry;alt=defence ministry]].
Most of those detained are expelled to Niger within weeks.
""",
)

item(
    "UNHCR halts new registrations in Tunisia",
    """
TUNIS, {{June 18}} - UNHCR said on {{Tuesday}} it had stopped registering new asylum seekers in
Tunisia at the government's request, leaving [[about 5,000 people|displaced;a=UNHCR]] waiting for
appointments. The agency had registered [[some 15,000 refugees and asylum
seekers|displaced;n=refugees and asylum seekers;a=The agency;alt=UNHCR]] in the country. The [[two
shelters|capacity]] it funded in Medenine and Tunis, with space for [[up to 350
people|capacity]], were closed by the authorities in {{May}}. The Tunisian Council for Refugees said
[[two of its staff|arrested;a=The Tunisian Council for Refugees]] had been detained. UNHCR said it
would resettle [[about 400 refugees|displaced;p;a=UNHCR]] from Tunisia to third countries this year
and that it was still giving monthly cash grants to [[about 3,000 refugees|aid;a=UNHCR]].
""",
)

item(
    "Italy detains rescue ship after Libyan coast guard complaint",
    """
ROME, {{Sept 10}} - Italian authorities detained the rescue ship {{Sea-Watch 5}} in Pozzallo on
{{Tuesday}} after it rescued [[about 120 people|other;a=the charity;alt=Sea-Watch]] from [[two rubber
boats|other;a=the charity;alt=Sea-Watch]] off Libya, the charity said. The bodies of [[two
men|killed;a=Sea-Watch]] were found in the smaller boat, it said. The Libyan coast
guard said its patrol had returned [[47 migrants|other;a=The Libyan coast guard]] to Tripoli from the
same area. Under a {{2023}} decree, the ship faces detention for {{20 days}} and a fine of up to
{{€10,000}}. Charity ships have rescued [[about 10,000 people|other;a=the Italian interior
ministry]] in the central Mediterranean this year, about {{8%}} of arrivals, according to the
Italian interior ministry. [[Fourteen|injured;n=-;a=Sea-Watch]] of those rescued were taken to
hospital in Lampedusa with fuel burns, Sea-Watch said.
""",
)

item(
    "Most Tunisians want migrants to leave, poll finds",
    """
TUNIS, {{Oct 21}} - About {{62%}} of Tunisians want sub-Saharan migrants to leave the country, and
{{71%}} believe their presence has raised rents in Sfax, according to a survey published on
{{Monday}} by the Arab Barometer. The poll was carried out between {{June 3}} and {{July 15}}, with a
margin of error of {{2.5 percentage points}}. In {{2018}}, only {{19%}} of respondents said migration
was a problem. Tunisians aged {{18 to 29}} were the least hostile.
""",
)

item(
    "Storm halts crossings from Tunisia and Libya",
    """
SFAX, Tunisia, {{Jan 19}} - Winds of up to {{70 km/h}} and waves of {{four metres}} kept boats in
port along the coast from Sfax to Zuwara on {{Monday}}, and forecasters expect the storm to last until
{{Thursday}}. The National Guard closed the port of Sfax to small craft from {{6pm}}. Italy's
weather service issued a red alert for Lampedusa, {{140 kilometres}} off the Tunisian coast, the
{{first}} this winter. Sea temperatures have fallen to {{14C}}.
""",
)
