"""dev264 items: the Mediterranean and southern Europe (Italy, Greece, Spain, Malta, Cyprus,
the Canaries), 2014-2026."""

from _wrap import item

item(
    "Lampedusa hotspot overwhelmed as boats keep coming",
    """
[[More than 7,000 people|displaced;a=the Italian Red Cross]] came ashore on Lampedusa in
{{two days}}, the Italian Red Cross said on Thursday, after [[112 boats|other;a=the Italian Red
Cross]] reached the island from Sfax and the Libyan coast. The hotspot at Contrada Imbriacola,
built for [[400 people|capacity;a=officials]], held [[about 6,500|displaced;a=officials]] at the peak,
officials said, and [[hundreds of people|displaced;a=officials]] spent the night on the quay under foil
blankets. The island itself has a population of [[about 6,000|civilians]]. Italy's interior
ministry said [[more than 127,000 people|displaced;a=Italy's interior ministry]] had reached
the country by sea since {{January 1}}, roughly double the figure for the same period of
{{2022}}. Police began moving [[2,000 people a day|displaced;a=the prefecture]] to Sicily by ferry and
military plane, the prefecture said. "We are not equipped for this," the mayor told reporters.
""",
)

item(
    "Greek island camps far above capacity, ministry figures show",
    """
The camps on the eastern Aegean islands held [[42,300 asylum seekers|displaced;a=the
citizen protection ministry]] at the end of {{January 2020}}, the citizen protection ministry
said, against an official capacity of [[6,178|capacity;a=the citizen protection ministry]].
Moria on Lesbos alone housed [[some 19,000 people|displaced;a=aid groups]] in a site meant for
[[2,757|capacity;a=aid groups]], aid groups said. Lesbos has a local population of
[[about 85,000|civilians]]. Médecins Sans Frontières said its clinic outside the
fence was treating [[around 140 children a day|aid;a=Médecins Sans Frontières]], many for
infections linked to the lack of toilets; the charity counted {{one latrine for every 210
people}} in parts of the olive grove. The government wants to replace the camps
with closed centres and has said it will transfer [[20,000 people|displaced;a=The government;p]] to the mainland by summer. Arrivals have fallen since the autumn, with
[[3,200|displaced;a=UNHCR]] reaching the islands in {{January}}, according to UNHCR.
""",
)

item(
    "Fire destroys Moria camp, leaving thousands without shelter",
    """
Fires swept through the Moria reception centre on Lesbos overnight, destroying most of the
site and leaving [[more than 12,000 people|displaced;a=officials]] without shelter, officials
said on {{9 September 2020}}. Nobody was killed, but [[eight people|injured;a=the fire
service]] were treated for smoke inhalation, the fire service said. About [[400 unaccompanied
children|displaced]] were flown to the mainland the same day. Police said
[[six young Afghans|arrested;a=Police]] had been detained on suspicion of
arson. Satellite images showed that [[about 1,400 containers and tents|housing;u=other;n=containers
and tents]] had burned. Several EU states offered to take in the unaccompanied minors, and Germany
said it would accept [[1,553 people|displaced;a=Germany;p]] from the islands who already had
refugee status.
""",
)

item(
    "Spain's Canary Islands route: arrivals and deaths",
    """
[[At least 39,910 migrants|displaced;a=the Spanish interior ministry]] reached the Canary
Islands by boat in {{2023}}, the Spanish interior ministry said, more than double the
[[15,682|displaced;a=the Spanish interior ministry]] of the year before. El Hierro, an island of
[[about 11,000 inhabitants|civilians]], received [[more than 14,000|displaced]] of them. The
Spanish NGO Caminando Fronteras said [[6,007 people|killed;a=The Spanish NGO Caminando
Fronteras]] had died or gone missing on the Atlantic route during the year, a figure the
government does not publish. The regional government said its centres for minors, with
[[2,000 places|capacity;u=other;a=The regional government]], were holding
[[about 4,800 children|displaced;a=The regional government]] who arrived alone. Madrid has
promised to relocate [[400 of them|displaced;p;n=-;a=Madrid]] to the mainland. Families in Senegal say
[[between 150 and 200 young men|missing;a=Families in Senegal]] from Mbour alone have not been
heard from since boats left in {{October}}.
""",
)

item(
    "Malta keeps rescued migrants on tourist boats offshore",
    """
Malta has kept [[162 rescued migrants|displaced]] on [[two chartered tourist boats|other]] outside
its territorial waters for more than {{a month}}, refusing to let them land until other EU
states agree to take them. The armed forces said they had rescued
[[about 1,300 people|other;a=The armed forces]] since {{January}}, already more than in the
whole of {{2019}}. The detention centre at Safi, built for [[600|capacity;a=lawyers]], held
[[close to 1,000 men|arrested;a=lawyers]], lawyers said. The government said
[[only 38 people|displaced;a=The government]] had been relocated to other EU states this year,
while [[nine Bangladeshis|returned;a=The government]] were flown home. The European Commission
said Germany, France, Portugal and Luxembourg had pledged to take
[[a combined 102 people|displaced;p;a=The European Commission]] from the boats.
""",
)

item(
    "Cyprus asks EU for help as Pournara centre fills up",
    """
The Pournara first-reception centre outside Nicosia, which has room for
[[1,000 people|capacity;a=the interior ministry]], held [[2,350|displaced;a=the interior ministry]] on Monday, the
interior ministry said, with [[hundreds of men|displaced;a=the interior ministry]] sleeping in tents in the car park.
Cyprus recorded [[21,565 asylum applications|displaced;a=the asylum service]] in {{2022}}, the
asylum service said, the highest per head of population in the bloc. The backlog of claims
awaiting a first decision stood at [[about 29,000|displaced;a=the asylum service]], it
added. Interior minister Nicos Nouris said [[more than 7,000 people|returned;a=Interior
minister Nicos Nouris]] had been sent back to their countries during the year, including
voluntary returns. He has asked the European Commission for [[50 more asylum caseworkers|other;p]] from the EU asylum agency.
""",
)

item(
    "Bodies wash up in Calabria after boat breaks apart",
    """
Rescuers recovered [[the bodies of 94 people|killed;a=the coast guard]], among them
[[35 children|killed;a=the coast guard]], after a wooden boat from Turkey broke apart off Steccato di Cutro in
{{February 2023}}, the coast guard said. [[Eighty survivors|other;a=survivors]] were pulled from the
water or reached the beach, and [[at least a dozen|missing;a=survivors]] are still missing,
survivors told the UN refugee agency. Prosecutors in Crotone have arrested
[[three alleged smugglers|arrested;a=Prosecutors in Crotone]]. The boat had set out from
Izmir {{four days}} earlier with [[an estimated 180 people|displaced]] on board. [[About 1,800 people|displaced;a=the International Organization for
Migration]] have died or gone missing in the central Mediterranean this year, according to
the International Organization for Migration.
""",
)

item(
    "Greece: 2015 arrivals pass half a million",
    """
[[More than 500,000 refugees and migrants|displaced;a=the UN refugee agency;n=refugees and
migrants]] have reached the Greek islands by sea since {{January}}, the UN refugee agency said
on {{13 October 2015}}. On Lesbos alone [[about 7,000 a day|displaced;a=local officials]] were landing on the
north coast, and the registration centre at Moria was processing
[[fewer than 2,000 each day|other;a=local officials]], local officials said. At least
[[15,000 people|displaced]] were waiting in Mytilene for papers and a ferry berth. The
agency counted [[at least 3,100 deaths|killed;a=The agency;alt=the UN refugee agency]] in the
Mediterranean this year. Volunteers said they handed out [[4,000 meals|aid;a=Volunteers]] on
a single night at the port.
""",
)

item(
    "Italy's reception system: centres, places and a court fight",
    """
Italy's reception system held [[138,290 people|displaced;a=the Viminale]] at the end of
{{June 2023}}, according to the Viminale. Of them, [[103,000|displaced]] were in emergency
centres run by private contractors and [[about 35,000|displaced]] in the municipal network,
known as SAI. The ministry plans to open [[one new repatriation centre|capacity;p;u=structure;a=The
ministry]] in every region, and said detention could last up to {{18 months}}. The government
wants [[an additional 6,000 places|capacity;u=other;p;a=The government]] by the end of the year. Tendering for
the centres has stalled since daily fees were cut to {{€26}} per person, and in Milan
[[about 200 asylum seekers|displaced;a=the charity Naga]] were sleeping outside the central
station, the charity Naga said.
""",
)

item(
    "Ceuta: thousands swim across in two days",
    """
[[About 8,000 people|displaced;a=the Spanish government]] swam or waded into Ceuta from
Morocco in {{two days}} in {{May 2021}}, the Spanish government said, among them
[[some 1,500 minors|displaced;a=the Spanish government]]. Most
were Moroccans. Spain deployed
[[200 more police officers|combatants;a=the interior ministry]] and army units to the beach, and by Wednesday
[[6,600|returned;a=the interior ministry]] had been sent back to Morocco, the interior
ministry said. [[One man|killed]] drowned. Ceuta's warehouses and a sports hall were turned
into shelters for [[about 1,100 children|displaced]]. The Red Cross said it had treated
[[dozens of people|injured;a=The Red Cross]] for hypothermia and cuts. The enclave has
[[about 84,000 residents|civilians]].
""",
)

item(
    "Frontex counts fewer detections on the central route",
    """
Irregular crossings into the EU fell to [[about 239,000|displaced;a=Frontex]] in {{2024}},
Frontex said on Tuesday, down {{38%}} on the year before and the lowest since {{2021}}. The
central Mediterranean route recorded [[66,320 detections|displaced]], while the West
African route to the Canaries rose to [[46,843|displaced]], its highest since the agency began
records in {{2009}}. The agency said it had [[more than 2,300 officers|combatants;a=The
agency;alt=Frontex]] deployed on the ground by year end. It did not give a figure for people
turned back at sea. The International Organization for Migration recorded
[[2,452 deaths and disappearances|killed;a=The International Organization for Migration;n=deaths
and disappearances]] in the Mediterranean over the same period.
""",
)

item(
    "Greek coast guard: Pylos wreck survivors",
    """
Greek rescuers have found [[82 bodies|killed;a=the coast guard]] after a fishing trawler
capsized {{47 nautical miles}} off Pylos in {{June 2023}}, the coast guard said, and
[[104 people|other;a=the coast guard]] were rescued alive. Survivors told UN staff there had been
[[between 400 and 750 people|displaced;a=Survivors]] on board, most of them from Pakistan,
Syria and Egypt. That leaves [[hundreds missing|missing;n=-]]. Police arrested
[[nine Egyptian men|arrested;a=Police]] suspected of crewing the vessel. The survivors were
taken to a warehouse at Kalamata port, where [[about 30 of them|injured;n=-]] received hospital
care.
""",
)

item(
    "Lesbos new camp opens with tight rules",
    """
The temporary camp at Mavrovouni, set up after Moria burned, houses
[[about 2,200 people|displaced;a=the migration ministry]] in {{2022}}, the migration ministry
says, down from [[7,500|displaced;a=the migration ministry]] at its peak. A storm in {{December 2020}} flattened [[about 80 tents|housing]]. It has [[1,100 tents and containers|capacity;u=other;n=tents
and containers]], most without heating. The ministry says it plans to move residents to a new
closed centre at Vastria, designed for [[3,000|capacity;p;a=The ministry]], in {{2023}}.
Doctors from Médecins Sans Frontières say they see [[about 40 patients a day|aid;a=Doctors from Médecins
Sans Frontières]] at a clinic nearby. Lawyers with the Legal Centre Lesvos say
[[more than 600 people|arrested;a=Lawyers with the Legal Centre Lesvos]] are held in the
camp's pre-removal section.
""",
)

item(
    "Spain: Melilla fence crossing ends in deaths",
    """
[[At least 23 migrants|killed;a=Moroccan authorities]] died when
[[about 2,000 people|displaced;a=Moroccan authorities]] tried to climb the border fence
into Melilla on {{24 June 2022}}, Moroccan authorities said. Rights groups put the toll higher,
at [[37|killed;a=Rights groups]]. Moroccan authorities said [[140 security officers|injured;a=Moroccan authorities]]
and [[76 migrants|injured;a=Moroccan authorities]] were hurt. [[133 people|displaced;a=the Spanish government
delegation]] made it into the enclave, the Spanish government delegation said. Moroccan
courts later tried [[65 of the migrants|arrested]] over the events. The Spanish ombudsman
said [[470 people|displaced;a=The Spanish ombudsman]] were pushed back into Morocco on the day
without any procedure.
""",
)

item(
    "Italy's asylum courts and the Albania centres",
    """
Rome's deal with Tirana provides for [[two centres|capacity;a=the government]] in Albania, at
Shengjin and Gjader, meant to hold [[up to 3,000 men|capacity;a=the government]] at a time and
[[36,000 a year|capacity;n=-;a=the government]], the government said. In the first transfer in
{{October 2024}} a navy ship carried [[16 men|displaced;a=the interior ministry]] from
Bangladesh and Egypt to Shengjin, the interior ministry said. Within {{48 hours}}
[[four of them|displaced;n=-]] had been sent back to Italy as minors or vulnerable people, and a
Rome court then ordered the other [[12|displaced]] brought to Italy too. The Albanian
centres had cost an estimated {{€800 million}} over {{five years}}, according to
opposition parties.
""",
)

item(
    "EU asylum pact: what changes in 2026",
    """
The pact on migration and asylum, adopted in {{May 2024}}, applies from {{12 June 2026}}. It
sets a border procedure of up to {{12 weeks}} for applicants from countries whose recognition
rate is below {{20%}}, and a screening at the external border lasting up to {{seven days}}.
Member states that do not want to take in people can instead pay {{€20,000}} for each person
they decline to relocate into a common fund. The European Commission estimated the pact's
cost to the budget at about {{€1.3 billion}} for {{2021}} to {{2027}}. Under Article {{78(3)}}
of the treaty, a state facing a sudden inflow can ask for emergency measures.
""",
)

item(
    "Greek asylum service reports slower processing",
    """
Greece's asylum service took an average of {{nine months}} to issue a first-instance decision
in {{2021}}, up from {{seven months}} in {{2019}}, according to its annual report. The
recognition rate for Afghans fell to {{42 per cent}} from {{68 per cent}} after the country
designated Turkey a safe third country in {{June 2021}}. The service's budget for the year was
{{€36.5 million}}. Applicants {{aged 18 to 25}} make up the largest group, the report
said, and appeals committees now sit on Saturdays.
""",
)
