"""dev264 items: the EU's yearly figures, northern and central Europe, the UK and Ireland,
2014-2026."""

from _wrap import item

item(
    "EU asylum applications reach seven-year high",
    """
Countries of the EU+ received [[1.14 million asylum applications|displaced;a=the European
Union Agency for Asylum]] in {{2023}}, the European Union Agency for Asylum said on Wednesday,
the most since the {{2015-16}} crisis. Syrians lodged [[about 181,000|displaced]] of them and
Afghans [[some 114,000|displaced]]. National authorities issued
[[nearly 700,000 first-instance decisions|other;u=person]], granting protection in {{43%}} of
cases. At the end of the year [[1.1 million people|displaced;a=the EUAA;alt=the European Union
Agency for Asylum]] were still waiting for a decision at first instance or on appeal, the EUAA
added. [[About 41,500 unaccompanied children|displaced]] applied, the highest number since
{{2016}}. Germany alone took in [[more than 329,000 first-time applicants|displaced;a=Eurostat]],
according to Eurostat.
""",
)

item(
    "Hundreds sleep on the grass outside Ter Apel",
    """
[[About 700 asylum seekers|displaced;a=the Dutch Council for Refugees]] slept outside the
registration centre at Ter Apel on Thursday night, the Dutch Council for Refugees said, many
of them on plastic chairs or on the bare grass. The centre is meant to hold
[[no more than 2,000 people|capacity;a=the reception agency COA]], but the reception agency
COA said [[2,350|displaced;a=the reception agency COA]] were registered there. A
{{three-month-old}} baby died in a sports hall on the site in {{August 2022}}. Médecins Sans
Frontières sent [[a team of eight|other]] to the Netherlands, the first time it has worked in
the country. The Red Cross said it handed out [[1,200 meals a day|aid;a=The Red Cross]]. The cabinet has promised to find
[[5,000 emergency places|capacity;u=other;p;a=The cabinet]] in municipalities by October. The village of Ter Apel has [[about 9,000 residents|civilians]].
""",
)

item(
    "Germany's year of the refugees, in figures",
    """
Germany registered [[about 890,000 asylum seekers|displaced;a=the interior ministry]] in
{{2015}}, the interior ministry said in {{September 2016}}, revising down the earlier
[[1.1 million|displaced;a=the interior ministry]] counted by the EASY distribution system, which had recorded many
people twice. The federal office for migration and refugees received
[[476,649 formal applications|displaced;a=The federal office for migration and refugees]]
in the year. States housed new arrivals in gyms, hangars and tents, and by {{December}}
[[more than 1,000 sports halls|capacity;u=structure]] were in use as emergency shelters. The
Federal Criminal Police Office recorded [[1,031 crimes|other;u=other;a=The Federal Criminal Police
Office]] against asylum accommodation, among them [[94 arson attacks|other;u=other]] that
damaged or destroyed [[at least 60 buildings|housing]]. [[Some 37,000 asylum seekers|returned;a=the
ministry]] left voluntarily or were deported, the ministry said.
""",
)

item(
    "Channel crossings hit record as Manston overflows",
    """
[[45,774 people|displaced;a=the Home Office]] crossed the Channel in small boats in {{2022}},
according to the Home Office, up from [[28,526|displaced;a=the Home Office]] the year before, on
[[1,110 boats|other;a=the Home Office]]. Albanians made up the largest group, with [[12,301|displaced]]
arrivals. At the end of {{October}}, the processing site at Manston in Kent held
[[about 4,000 people|displaced;a=the chief inspector of borders]], the chief inspector of
borders said, in a facility meant for [[1,600|capacity;a=the chief inspector of borders]] and
for stays of no more than {{24 hours}}. The UK Health Security Agency confirmed
[[39 cases|other;a=The UK Health Security Agency]] of diphtheria among people who passed
through the site. [[One man|killed]] died after being held there. The Home Office said it
moved [[more than 1,000 people|displaced;a=The Home Office]] to hotels in a single weekend.
""",
)

item(
    "Asylum hotel bill soars as backlog tops 175,000",
    """
[[More than 51,000 asylum seekers|displaced;a=the Home Office]] were living in hotels at the
end of {{June 2023}}, the Home Office told MPs, at a cost of about {{£8 million}} a day. The
department was using [[nearly 400 hotels|capacity;u=structure;a=The department]], the
department said. [[175,457 people|displaced]] were waiting for an initial decision, a record,
and [[about 2,500 caseworkers|other]] were assigned to clear it. Ministers say
they will move [[up to 500 single men|displaced;p;a=Ministers]] on to the Bibby Stockholm barge
in Portland and close [[50 hotels|capacity;u=structure;p;a=Ministers]] by January. The Refugee
Council said [[about 3,000 refused asylum seekers|displaced;a=The Refugee Council]] were already
sleeping rough or sofa-surfing after eviction.
""",
)

item(
    "Rioters attack hotel housing asylum seekers in Rotherham",
    """
Rioters smashed windows and set fire to bins at the Holiday Inn Express in Manvers, near
Rotherham, on {{4 August 2024}}, while [[about 240 asylum seekers|displaced;a=police]] and staff
sheltered inside, police said. South Yorkshire Police said
[[64 officers|injured;a=South Yorkshire Police]] were hurt and [[three police dogs|injured;u=other]]
were injured. Across England and Northern Ireland, police had arrested
[[1,280 people|arrested;a=the National Police Chiefs' Council]] over the week of unrest by
{{mid-August}}, the National Police Chiefs' Council said, and charged
[[796|arrested;a=the National Police Chiefs' Council]]. [[Two hotels|housing;u=structure]] were
damaged. The Home Office moved [[the 240 residents|displaced]] to other sites within
{{two days}}.
""",
)

item(
    "Hundreds of lone child asylum seekers missing from hotels",
    """
[[440 unaccompanied children|missing;a=the department;alt=the Home Office]] went missing from hotels used by the
Home Office between {{July 2021}} and {{January 2023}}, the department said, and
[[about 200|missing;a=the department;alt=the Home Office]] of them are still missing. Most
are Albanian boys {{aged 16 or 17}}. The hotels had accommodated
[[4,600 children|displaced;a=minister Simon Murray]] over the period, minister Simon Murray
told the House of Lords. Police say [[at least 13 boys|kidnapped;a=Police]] were picked up by
cars outside a hotel in Hove and taken by people they believe to be gangs. The Home Office says
it has found [[76|other;a=The Home Office]] of the missing children since the summer.
""",
)

item(
    "Belarus border: soldiers, attempts and deaths",
    """
Poland's Border Guard said it recorded [[more than 39,700 attempts|other;a=Poland's Border
Guard;u=person]] to cross the border from Belarus illegally in {{2021}}, against
[[122|other;a=Poland's Border Guard]] in the whole of {{2020}}. Poland deployed
[[about 15,000 soldiers|combatants;a=the defence ministry]] to the frontier in {{November}},
the defence ministry said, alongside [[thousands of border guards and police|combatants;a=the defence ministry;n=border
guards and police]]. [[About 2,000 people|displaced;a=Belarusian officials]], including
families with small children, camped at the Kuźnica crossing in freezing temperatures,
Belarusian officials said. Aid groups say [[at least 21 people|killed;a=Aid groups]] have died
in the forests on both sides. On {{18 November}} Iraq flew [[431 of its citizens|returned;a=Iraqi
officials]] home from Minsk to Erbil, Iraqi officials said.
""",
)

item(
    "Ireland: asylum seekers left without accommodation pass 2,000",
    """
[[2,094 international protection applicants|displaced;a=the Department of Integration]] had not
been offered accommodation by the State at the end of {{April 2024}}, the Department of
Integration said, most of them single men. Police and council workers cleared
[[more than 200 tents|other]] from the streets around the International Protection
Office on Mount Street, and [[about 280 men|displaced;a=the department;alt=the Department of
Integration]] were bussed to sites in Dublin and Crooksling, the department said. The IPAS
system houses [[some 30,000 people|displaced]] in [[more than 300 centres|capacity]]. Gardaí
are investigating [[at least 30 arson attacks|other;u=other]] since {{2018}} on buildings
earmarked for asylum seekers. In {{November 2023}}, [[two buildings|housing]] in Dublin that
were to house asylum seekers were set on fire. [[13,277 people|displaced]] applied for protection in {{2023}}, up
from [[4,781|displaced]] the previous year.
""",
)

item(
    "Brussels squat cleared, men moved to reception centres",
    """
Belgian police cleared a former office building on the Allée du Kaai, where
[[about 1,000 asylum seekers|displaced;a=Médecins du Monde]] had been living, Médecins du
Monde said. Fedasil, the reception agency, said it had found places for
[[700 of the men|displaced;a=Fedasil]] in centres across the country.
[[More than 3,000 single men|displaced]] are on its waiting list and have been told to
find their own shelter. Labour courts have issued [[over 8,000 rulings|other;u=other]] ordering
the state to house asylum seekers since {{2021}}, most of them ignored. The government has
announced [[2,000 new places|capacity;u=other;p;a=The government]] in military barracks.
Fedasil's network offers [[about 33,500 places|capacity;u=other;a=Fedasil]] in all, it says.
""",
)

item(
    "Finland shuts border crossings with Russia",
    """
Finland closed the last of its [[eight crossing points|other;a=the Finnish Border Guard]] on the Russian border on
{{29 November 2023}} after [[about 1,000 asylum seekers|displaced;a=the Finnish Border
Guard]] arrived through them in {{three weeks}}, according to the Finnish Border Guard. Most
came from Syria, Somalia and Yemen, and many rode bicycles over the line. Frontex sent
[[about 60 officers|combatants;a=Frontex]], Frontex said. The Border Guard said
[[more than 900|displaced;a=The Border Guard;alt=the Finnish Border Guard]] of them had
applied for asylum, and [[about 80 people|displaced;a=The Border Guard;alt=the Finnish Border Guard]] were stuck on the Russian side at
Salla. Finnish authorities say they hold [[some 1,300 beds|capacity;a=Finnish authorities]]
at reception centres in Lapland and Kainuu.
""",
)

item(
    "Sweden's asylum year: applications, tents and fires",
    """
[[162,877 people|displaced;a=the Migration Agency]] applied for asylum in Sweden in {{2015}},
the Migration Agency said, [[35,369|displaced;a=the Migration Agency]] of them unaccompanied children. At the peak the
agency placed [[hundreds of asylum seekers|displaced;a=the agency;alt=the Migration Agency]] in
heated tents, it said. Police counted [[at least 50 fires|other;u=other;a=Police]] at
buildings intended for asylum seekers in the year. [[Fourteen buildings|housing]] were destroyed. By {{2024}} applications had fallen to
[[9,645|displaced;a=the agency;alt=the Migration Agency]], the lowest since {{1996}}, the agency reported, and it
said it planned to cut reception capacity to [[about 10,000 places|capacity;u=other;p;a=the agency;alt=the
Migration Agency]]. The agency deported [[about 7,000 people|returned]] during the year.
""",
)

item(
    "Traiskirchen camp overflowing, Amnesty says",
    """
The federal reception centre at Traiskirchen near Vienna, designed for
[[1,800 people|capacity;a=Amnesty International]], was housing [[about 4,500|displaced;a=Amnesty International]]
in {{August 2015}}, Amnesty International said after an inspection, and
[[around 1,500|displaced;a=Amnesty International]] were sleeping outdoors. Among them were
[[hundreds of unaccompanied minors|displaced]]. The interior ministry said it would put up
[[another 500 beds|capacity;p;a=The interior ministry]] in army barracks. Austria's army
later sent [[2,200 soldiers|combatants;a=the defence ministry]] to the Hungarian border at
Nickelsdorf, where [[up to 10,000 people a day|displaced;a=the defence ministry]] were
crossing in {{September}}, the defence ministry said.
""",
)

item(
    "Berlin's Tegel airport turned into arrivals centre",
    """
The former Tegel airport in Berlin houses [[about 5,000 people|displaced;a=the State Office
for Refugee Affairs]], most of them from Ukraine, the State Office for Refugee Affairs said
in {{2024}}, in lightweight halls on the old runways. The site has
[[7,000 beds|capacity]]. The city plans to keep it open until the end of {{2025}}. Germany's federal office recorded
[[351,915 first-time asylum applications|displaced;a=Germany's federal office]] in {{2023}}.
[[More than 1.1 million people|displaced]] from Ukraine are registered under temporary
protection, which does not require an asylum claim. [[About 900 families|displaced]] with
children live in a separate hall at Tegel. Districts say they need
[[20,000 more places|capacity;u=other;p;a=Districts]] by winter.
""",
)

item(
    "Germany seeks more Dublin transfers",
    """
Germany asked other EU states to take back [[74,622 asylum seekers|displaced;a=the federal
government]] under the Dublin rules in {{2023}}, the federal government said in reply to a
parliamentary question, but carried out only [[5,053 transfers|displaced;u=person;a=the federal
government]]. Italy
accepted [[more than 12,000 requests|other;u=person]] but received
[[just 11 people|displaced]], as Rome has refused most transfers since {{December 2022}}.
Germany itself took in [[4,275 people|displaced]] sent from other states. In a separate
programme, Berlin admitted [[about 1,900 Afghans|displaced;a=the interior ministry]] at risk
in {{2023}}, the interior ministry said.
""",
)

item(
    "Rwanda scheme cost set out in auditor's report",
    """
The UK had paid Rwanda {{£240 million}} by the end of {{2023}} under the migration and
economic development partnership, the National Audit Office said in {{March 2024}}. It
estimated the cost at up to {{£1.8 billion}} over {{five years}}, or about {{£1.8 million}}
per person removed if the scheme runs at the scale planned. The Safety of Rwanda Act received
royal assent on {{25 April 2024}}. The incoming government scrapped the scheme in
{{July 2024}}, and the Home Secretary told MPs that {{£700 million}} had been spent in all.
""",
)

item(
    "Eurostat: asylum decisions speed up in third quarter",
    """
Applications for asylum in the EU fell by {{11%}} in the third quarter of {{2024}} compared
with a year earlier, Eurostat said on {{19 December}}. The share of positive first-instance
decisions rose to {{42%}}, while the average time to a decision shortened to
{{six months}}. Applicants under {{18}} made up about {{a third}} of the total, and the share
of women was {{30%}}. Eurostat publishes its figures on the {{third}} Thursday of each month.
""",
)
