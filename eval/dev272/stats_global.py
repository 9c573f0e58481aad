"""dev272 items: the global reports (IDMC, UNHCR, IOM, UNICEF) and the Americas."""

from _wrap import item

item(
    "Internal displacement hits new record of 83.4 million, monitor says",
    """
Conflict and disasters pushed the number of people living in internal displacement to
[[83.4 million|displaced;a=Internal Displacement Monitoring Centre (IDMC)]] at the end of
{{2024}}, the Geneva-based Internal Displacement Monitoring Centre (IDMC) said on Tuesday, the
highest figure since it began keeping records in {{2008}}. Of that total,
[[73.5 million people|displaced;a=the centre;alt=Internal Displacement Monitoring Centre (IDMC)]]
had fled conflict and violence and
[[9.8 million|displaced;a=the centre;alt=Internal Displacement Monitoring Centre (IDMC)]] had
been uprooted by disasters, the centre said. Sudan, with [[11.6 million IDPs|displaced]], was
home to the largest internally displaced population ever recorded for a single country. Over
the year the monitor logged
[[20.1 million new displacements|displaced;a=the monitor;alt=Internal Displacement Monitoring Centre (IDMC)]]
linked to conflict and
[[45.8 million|displaced;a=the monitor;alt=Internal Displacement Monitoring Centre (IDMC)]]
linked to disasters, the latter up {{29 per cent}} on the year before as hurricanes struck the
United States and floods swept Bangladesh and the Philippines. In Gaza,
[[some 3.4 million displacements|displaced;a=Alexandra Bilak]] were recorded as families fled
again and again under bombardment, the centre's director Alexandra Bilak told reporters.
"Displacement is being prolonged, repeated and ignored," she said.
""",
)

item(
    "UNHCR: forcibly displaced population tops 123 million",
    """
The number of people forced to flee war, persecution, violence and human rights abuses rose to
[[123.2 million|displaced;a=UNHCR]] by the end of {{2024}}, UNHCR said in its annual Global
Trends report on {{June 12}}, the {{12th}} consecutive yearly increase. They included
[[42.7 million refugees|displaced;a=the agency;alt=UNHCR]] and
[[8.4 million asylum-seekers|displaced;a=the agency;alt=UNHCR]], the agency said, while
[[68.3 million people|displaced;a=the agency;alt=UNHCR]] were displaced inside their own
countries. Children make up about {{40 per cent}} of the total. Refugee returns rose to
[[1.6 million|returned;a=UNHCR]], the most in more than two decades, according to UNHCR, and
[[8.2 million IDPs|returned;a=UNHCR;v=8200000]] went back to their areas of origin, many of
them to Syria and to parts of Sudan. Resettlement stayed marginal:
[[188,800 refugees|displaced]] were resettled to third countries over the year. Low- and
middle-income countries host {{71 per cent}} of the world's refugees, the report said. The
agency also counted [[4.4 million stateless people|other;a=The agency;alt=UNHCR]], a figure it
says is a fraction of the real number.
""",
)

item(
    "Ten years on, campaign to end statelessness falls short of its goal",
    """
When UNHCR launched its IBelong campaign in {{November 2014}}, it estimated that
[[at least 10 million people|other;a=UNHCR]] around the world had no nationality. A decade
later the agency reports [[4.4 million stateless people|other;a=the agency;alt=UNHCR]] in its
statistics, but warns that many governments collect no data at all. Since the campaign began,
[[more than 565,000 stateless people|other;a=UNHCR]] have acquired a nationality or had it
confirmed, UNHCR said on Monday. Kenya registered [[some 7,000 members|other]] of the Shona
community in {{2020}} and [[1,300 people|other]] of Rwandan descent two years later. The
largest stateless group remains the Rohingya,
[[nearly 1 million|displaced;a=the agency;alt=UNHCR]] of whom live as refugees in Bangladesh,
while [[about 600,000|civilians;a=the agency;alt=UNHCR]] remain in Myanmar's Rakhine State,
according to the agency. In Côte d'Ivoire, where a {{2013}} law opened a special declaration
procedure, officials put the number of people at risk of statelessness at
[[931,000|other;a=officials]].
""",
)

item(
    "2023 deadliest year on record for migrants, IOM says",
    """
[[At least 8,565 people|killed;a=International Organization for Migration (IOM)]] died on
migration routes worldwide in {{2023}}, the International Organization for Migration (IOM)
said on Wednesday, the highest toll since its Missing Migrants Project began counting in
{{2014}}. The total was up {{20 per cent}} on the [[6,877 deaths|killed]] recorded in
{{2022}}. The Mediterranean remained the deadliest crossing, with
[[2,271 deaths|killed;a=IOM]] and [[858 people|missing;a=IOM]] missing at sea, IOM said. On
the Atlantic route to Spain's Canary Islands the project recorded
[[959 deaths|killed;a=the project;alt=Missing Migrants Project]]. Drowning caused more than
half of all recorded deaths. Humanitarian rescue ships pulled
[[more than 41,000 migrants|other;a=SOS Humanity]] from the central Mediterranean during the
year, according to SOS Humanity. IOM estimates that
[[more than 63,000 people|killed;a=IOM]] have died or gone missing on migration routes since
{{2014}}, and says the real toll is far higher.
""",
)

item(
    "Venezuelan exodus reaches 7.9 million, regional platform says",
    """
The number of refugees and migrants from Venezuela worldwide has reached
[[7.9 million|displaced;a=Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela (R4V)]],
according to the Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela
({{R4V}}). [[About 6.7 million|displaced;a=the platform;alt=Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela (R4V)]]
of them live in Latin America and the Caribbean, the platform said on Thursday. Colombia
hosts [[2.8 million|displaced;a=national migration authorities]], followed by Peru with
[[1.7 million|displaced;a=national migration authorities]] and Brazil with
[[some 626,000|displaced;a=national migration authorities]], according to national migration
authorities. Colombia's temporary protection statute has given
[[more than 2 million Venezuelans|other;a=Migración Colombia]] ten-year permits, Migración
Colombia said. The platform's {{2025}} response plan seeks {{$1.4 billion}} and aims to reach
[[2.3 million people|aid;p;a=The platform's 2025 response plan]] with food, shelter, health
care and legal aid. Only {{28 per cent}} of last year's plan was funded.
""",
)

item(
    "Darién crossings collapse after record year, Panama says",
    """
[[More than 520,000 people|displaced;a=Panama's National Migration Service]] crossed the
Darién Gap between Colombia and Panama in {{2023}}, a record, according to Panama's National
Migration Service. Of them, [[113,000|displaced;a=the service;alt=Panama's National Migration Service]]
were children, the service said, and Venezuelans made up {{63 per cent}} of the total. In
{{2024}} the number fell by more than {{40 per cent}}, and in the first {{five months}} of {{2025}}
only [[2,800 people|displaced]] made the crossing. Over the same period Panama flew
[[more than 1,900 migrants|returned]] back to Colombia, Ecuador and India on US-funded
flights. IOM's Missing Migrants Project recorded
[[55 deaths|killed;a=IOM's Missing Migrants Project]] in the jungle in {{2023}} and
[[at least 30 people|missing;a=IOM's Missing Migrants Project]] reported missing, a count it
calls a floor. Local officials in Bajo Chiquito say the village of
[[about 400 residents|civilians;a=Local officials in Bajo Chiquito]] once received
[[up to 3,000 migrants a day|displaced;a=Local officials in Bajo Chiquito]].
""",
)

item(
    "Haiti's displaced top 1 million as gangs tighten grip, IOM says",
    """
The number of people displaced by gang violence in Haiti has risen to
[[more than 1 million|displaced;a=International Organization for Migration]], three times the
figure a year earlier, the International Organization for Migration said on Wednesday. In the
capital, [[some 240,000 people|displaced;a=IOM]] are sheltering in
[[246 sites|capacity;a=IOM]] such as schools, churches and public buildings, IOM said. The UN
human rights office said [[at least 5,601 people|killed;a=UN human rights office]] were killed
in gang-related violence in {{2024}}, [[2,212|injured;a=UN human rights office]] were injured
and [[1,494|kidnapped;a=UN human rights office]] were kidnapped. UN experts estimate the gangs
have [[some 12,000 members|combatants;a=UN experts]], many of them children. The Kenyan-led
security mission has [[about 1,000 police officers|combatants]] on the ground, well short of
the [[2,500|combatants;p]] that contributing countries pledged.
""",
)

item(
    "Catatumbo exodus is Colombia's largest in decades, ombudsman says",
    """
Fighting between the ELN guerrilla and FARC dissidents in the Catatumbo region has displaced
[[more than 54,000 people|displaced;a=Ombudsman's Office]] since {{January 16}}, Colombia's
Ombudsman's Office said, the largest single displacement recorded since the victims' registry
began in {{1985}}. [[Another 23,000|civilians;a=the office;alt=Ombudsman's Office]] are
confined to their villages by the fighting, the office said. The government says
[[at least 80 people|killed;a=The government]] have been killed, among them signatories of
the {{2016}} peace accord. The ELN has [[around 6,000 fighters|combatants;a=military intelligence]]
nationwide, according to military intelligence, and holds
[[about 30 hostages|kidnapped;a=military intelligence]]. The national Victims Unit lists
[[8.5 million people|displaced;a=The national Victims Unit]] as internally displaced by the
armed conflict since {{1985}}. [[Some 3,000 families|returned;a=local officials]] have gone
back to Tibú and El Tarra since {{February}}, local officials said.
""",
)

item(
    "Mexico's missing pass 127,000 as violence uproots thousands more",
    """
Mexico's National Search Commission lists
[[more than 127,000 people|missing;a=National Search Commission]] as missing or disappeared,
most of them since {{2006}}. The statistics institute INEGI counted
[[29,675 homicides|killed;a=INEGI]] in {{2023}}, down slightly on the year before. IDMC
estimates that [[386,000 people|displaced;a=IDMC]] were living in internal displacement
because of violence in Mexico at the end of {{2024}}. In Chiapas,
[[about 600 residents|displaced;a=the Guatemalan government]] of Amatenango de la Frontera
fled across the border into Guatemala in {{July 2024}}, the Guatemalan government said. The
refugee agency COMAR said [[140,982 people|displaced;a=COMAR]] applied for asylum in Mexico in
{{2023}}, a record. The immigration institute detained
[[over 700,000 migrants|arrested]] that year, most of them at checkpoints in the south, and
the ombudsman's office said [[more than 1,000 migrants|kidnapped;a=the ombudsman's office]]
were reported kidnapped on the routes north.
""",
)

item(
    "Displacement at highest level ever recorded, UN refugee agency says",
    """
Wars, conflict and persecution have forced more people to flee than at any time since records
began, UNHCR said on Thursday, with [[59.5 million|displaced;a=UNHCR]] forcibly displaced at
the end of {{2014}} compared with [[51.2 million|displaced;a=UNHCR]] a year earlier. On
average [[42,500 people a day|displaced;a=the agency;alt=UNHCR]] became refugees,
asylum-seekers or internally displaced during the year, the agency said, four times the level
of {{2010}}. Syria was the world's biggest source of refugees, with
[[3.88 million|displaced]], overtaking Afghanistan. Only [[126,800 refugees|returned]] were
able to go home, the lowest number in {{31 years}}. Turkey became the largest refugee-hosting
country, with [[1.59 million|displaced;a=the report;alt=UNHCR]] refugees, the report said. Children made
up {{51 per cent}} of the world's refugees, the highest share in more than a decade.
""",
)

item(
    "Floods drove record disaster displacement in 2022, monitor finds",
    """
Disasters triggered [[32.6 million internal displacements|displaced;a=IDMC]] in {{2022}}, the
highest level in a decade, IDMC said in its annual report. Pakistan's monsoon floods alone
accounted for [[8.2 million|displaced;v=8200000]] of them, with a third of the country under
water at the peak. By year's end [[about 8.7 million people|displaced;a=the centre;alt=IDMC]] were
still displaced by disasters, up {{45 per cent}}, the centre said. In Nigeria, the worst
floods in a decade killed [[612 people|killed;a=National Emergency Management Agency (NEMA)]],
damaged or destroyed [[more than 300,000 homes|housing;a=National Emergency Management Agency (NEMA)]]
and affected [[4.4 million people|civilians;a=National Emergency Management Agency (NEMA)]],
according to the National Emergency Management Agency (NEMA). In the Horn of Africa, the
longest drought on record drove [[2.1 million people|displaced]] from their homes in Somalia
and Ethiopia.
""",
)

item(
    "US admitted 100,034 refugees in fiscal 2024, most in three decades",
    """
The United States admitted [[100,034 refugees|displaced;a=State Department]] in
{{fiscal year 2024}}, the highest number since the {{1990s}}, according to State Department
data released on {{October 1}}. The total still fell short of the ceiling of
[[125,000|capacity]] set by President Joe Biden. Refugees from the Democratic Republic of
Congo were the largest group, at [[about 19,000|displaced]], followed by Afghans
([[14,700|displaced]]). After the new administration suspended the programme in
{{January 2025}}, [[about 10,000 refugees|displaced;a=resettlement agencies]] who had already
been cleared to travel were left stranded, resettlement agencies said. The White House later
set a ceiling of [[7,500|capacity;p;a=The White House]] for {{fiscal 2026}}, the lowest since
the programme began in {{1980}}. Church World Service said it had laid off
[[more than 600 staff|other;a=Church World Service]].
""",
)

item(
    "One in every 113 people now displaced, UNHCR says",
    """
[[65.3 million people|displaced;a=UNHCR]] were forcibly displaced at the end of {{2015}},
UNHCR said in a report released ahead of World Refugee Day on {{June 20}}. That means {{one in every 113}} people on Earth is now an
asylum-seeker, internally displaced or a refugee, the agency said. On average
[[some 34,000 people a day|displaced;a=UNHCR]] were forced to flee in {{2015}}, according to
UNHCR. Syria ([[4.9 million|displaced;a=it;alt=UNHCR]]), Afghanistan
([[2.7 million|displaced;a=it;alt=UNHCR]]) and Somalia together produced more than half the refugees under
the agency's mandate, it said. A record [[98,400 unaccompanied or separated children|displaced]]
applied for asylum, most of them Afghans, Eritreans, Syrians and Somalis.
""",
)

item(
    "World Migration Report counts 281 million international migrants",
    """
There were [[281 million international migrants|other;a=IOM]] in {{2020}}, {{3.6 per cent}}
of the world's population, IOM said in its flagship World Migration Report on Wednesday. Of
these, [[169 million|other;a=the report;alt=IOM]] were migrant workers, the report said. Displacement
grew faster than migration: [[89.4 million people|displaced;a=IOM]] were living in
displacement at the end of {{2021}}, the highest number on record, IOM said. Conflict and disasters caused [[38 million internal displacements|displaced]] in
{{2021}} alone. International remittances reached {{$702 billion}} despite the pandemic.
[[About 36 million|other;a=the report;alt=IOM]] international migrants were children {{under 18}}, the report found.
""",
)

item(
    "Record 47 million children displaced, UNICEF warns",
    """
[[47.2 million children|displaced;a=UNICEF]] were living in displacement at the end of
{{2023}}, UNICEF said on Thursday, more than at any time since the Second World War. They
included [[17.5 million child refugees and asylum-seekers|displaced;n=refugees and asylum-seekers;a=the agency;alt=UNICEF]]
and [[29.7 million children|displaced;a=the agency;alt=UNICEF]] displaced within their own
countries, the agency said. A separate UNICEF study found that weather-related disasters had
displaced [[43.1 million children|displaced;a=A separate UNICEF study]] over {{six years}}, or
[[about 20,000 a day|displaced;a=A separate UNICEF study]]. UNHCR estimates
[[about 2 million children|displaced;a=UNHCR]] were born as refugees between {{2018}} and
{{2022}}. UNICEF planned to reach [[9.4 million displaced children|aid;p;a=UNICEF]] with
education and health services in {{2024}}. Eurostat counted
[[41,000 unaccompanied minors|displaced;a=Eurostat]] seeking asylum in the EU in {{2023}}.
""",
)

item(
    "UNHCR trims 2026 budget as funding shortfall deepens",
    """
UNHCR said on Friday its {{2026}} budget would be {{$8.5 billion}}, down from
{{$10.6 billion}} for {{2025}}, after contributions fell by more than a third in {{12 months}}.
The agency had received {{$4.8 billion}} by the end of {{September}}, or roughly
{{45 per cent}} of what it needs, officials said. The United States, long its largest donor,
provided {{40 per cent}} of contributions in {{2024}}. The agency's executive committee, meeting
in Geneva from {{October 6}} to {{10}}, heard that {{fiscal 2025}} spending had been cut by
{{22 per cent}}. Filippo Grandi, who steps down after {{two}} terms and nearly {{ten years}},
called it the worst financial crisis in the agency's {{75-year}} history.
""",
)

item(
    "Displacement monitor to publish 10th global report in May",
    """
The Internal Displacement Monitoring Centre will publish the {{10th}} edition of its Global
Report on Internal Displacement on {{May 13, 2026}}, the Geneva-based centre said. Founded in
{{1998}} by the Norwegian Refugee Council, it has published a global report every year since
{{2016}}. The new edition will cover the period from {{January 1}} to
{{December 31, 2025}}, and will again separate flows from stocks. The centre said
{{35 per cent}} of its {{2025}} budget came from government donors and that its staff had shrunk
by {{a quarter}} since {{2023}}. Data gaps remain large, it said: {{one in five}} countries it
monitors publishes no official figures at all.
""",
)
