"""Detentions, administrative detention, deaths in custody, prisoner releases and exchanges,
attacks on Israelis and the tallies of the dead (2022-2026)."""

from _wrap import item

item(
    "Number of Palestinians in Israeli jails passes 10,000, groups say",
    """
[[More than 10,100 Palestinians|arrested;a=Palestinian Prisoners' Society]] are held in Israeli prisons, the Palestinian Prisoners' Society and
the Commission of Detainees' Affairs said on {{Wednesday}}, the highest number in {{two decades}}. The groups said
[[3,577|arrested;a=groups;alt=Palestinian Prisoners' Society]] of them are in administrative detention, held without charge or trial, and
[[about 350|arrested;a=groups;alt=Palestinian Prisoners' Society]] are children. They said [[49 women|arrested;a=Palestinian Prisoners' Society]] were in custody.
The count leaves out [[hundreds of Gaza detainees|arrested]] held by the army as "unlawful combatants". Since
{{October 2023}}, Israeli forces have arrested [[some 18,500 people|arrested;a=Prisoners' Society]] in the West Bank, the Prisoners' Society said,
and [[at least 1,500 of them|other;a=Prisoners' Society;n=-]] were freed within days.
""",
)

item(
    "First 90 Palestinian prisoners freed as Gaza truce begins",
    """
Israel released [[90 Palestinian prisoners|other;a=Israel Prison Service]] early on {{20 January 2025}}, hours after Hamas freed
[[three Israeli women|kidnapped;a=Israel Prison Service]] held in Gaza, the Israel Prison Service said. [[Thousands of people|other]] gathered in
Beitunia, near Ramallah, to greet the buses. The Prisoners' Society said [[69 women|other;a=Prisoners' Society]] and
[[21 minors|other;a=Prisoners' Society]] were among those freed. Under the deal, Hamas is to release [[33 hostages|kidnapped;p]]
in the first {{42-day}} phase in exchange for [[about 1,900 Palestinian detainees|other;p]]. Israeli police said they had detained
[[three people|arrested;a=Israeli police]] in Beitunia for flying Hamas flags.
""",
)

item(
    "Deaths in Israeli custody: rights group counts 63",
    """
[[At least 63 Palestinians|killed;a=Physicians for Human Rights Israel]] have died in Israeli custody since {{October 2023}},
Physicians for Human Rights Israel said in a report on {{Monday}}, [[24 of them|killed;a=Physicians for Human Rights Israel;n=-]]
from the West Bank. The group said the army still holds the bodies of [[at least 40|killed;a=group;alt=Physicians for Human Rights Israel]].
It said it had interviewed [[more than 200 former detainees|other;a=Physicians for Human Rights Israel]], most of whom described beatings,
and that [[11 of those|missing;a=Physicians for Human Rights Israel;n=-]] had relatives still missing after arrest. The Israel Prison Service said it was
"not aware" of the claims. Before the war, [[about five prisoners|killed]] died in custody in an average year, and
[[some 4,700 inmates|arrested]] were held by the service.
""",
)

item(
    "Hebron arrest sweep: 40 detained overnight",
    """
Israeli forces detained [[at least 40 Palestinians|arrested;a=Palestinian Prisoners' Society]] in raids on Hebron and nearby towns overnight,
the Palestinian Prisoners' Society said on {{Thursday}}. Among them were [[two journalists|arrested;a=Palestinian Prisoners' Society]] and
[[five former prisoners|arrested;a=Palestinian Prisoners' Society]]. The army said it had questioned [[around 100 people|other;a=army]] in the field and
released [[about 60|other;a=army]]. It said [[six M16 rifles|other;a=army]] and [[two lathes|other;a=army;u=other]] for making weapons were seized.
Residents said soldiers took over [[four homes|housing;a=Residents]] as observation posts during the {{12-hour}} operation, and
that [[two teenagers|injured;a=Residents]] were bitten by army dogs.
""",
)

item(
    "Families of Gaza workers seized in West Bank still seeking news",
    """
The whereabouts of [[about 600 Gazan workers|missing;a=HaMoked]] detained in the West Bank and Israel after {{October 7}} remain unknown,
the Israeli rights group HaMoked said. The group said the army had told it that [[some 4,000 Gazan labourers|arrested;a=army]] were held at the start
of the war, and that [[more than 3,200|returned;a=army]] were sent back to Gaza through the Kerem Shalom crossing. HaMoked said
[[at least two workers|killed;a=HaMoked]] died in detention at the Ofer military camp. The Palestinian Authority's civil affairs authority
said it had sheltered [[about 1,000 workers|displaced;a=civil affairs authority]] stranded in Ramallah and Jericho in
[[six hostels|capacity;a=civil affairs authority;u=structure]], and that [[roughly 200|missing;a=civil affairs authority]] were still unaccounted for.
""",
)

item(
    "Child detainees: DCI counts more than 700 arrests",
    """
Israeli forces arrested [[more than 700 Palestinian children|arrested;a=Defense for Children International-Palestine]] in the West Bank in {{2024}},
Defense for Children International-Palestine said. The group said [[about 150 children|arrested;a=group;alt=Defense for Children International-Palestine]] were being
held at the end of the year, including [[at least 40|arrested;a=group;alt=Defense for Children International-Palestine]] in administrative
detention. It said the army killed [[more than 150 children|killed;a=Defense for Children International-Palestine]] in the West Bank during the year and
wounded [[hundreds more|injured;a=Defense for Children International-Palestine]]. A {{16-year-old}} from Jenin, held for {{nine months}}, said he was kept
in a cell with [[14 other boys|arrested]]. The group said [[between 20 and 25 of the detained children|arrested;a=group;alt=Defense for Children International-Palestine]]
were {{under 14}}. The army did not comment.
""",
)

item(
    "Two Israelis killed in shooting at Huwara junction",
    """
[[Two Israelis|killed;a=Magen David Adom]] were shot dead at a car wash in Huwara on {{Saturday}}, the Israeli emergency service
Magen David Adom said, in an attack the army blamed on a Palestinian gunman. The victims, a father and son, were aged {{60 and 29}}.
The army said it had sent [[hundreds of soldiers|combatants;a=army]] to search the area and closed [[eight roads|other;a=army;u=other]]
around Nablus. Palestinian media said troops arrested [[12 men|arrested;a=Palestinian media]] in Huwara and Beita and that
[[three Palestinians|injured;a=Palestinian media]] were hurt. OCHA said [[17 Israelis|killed;a=OCHA]] had been killed by Palestinians in the
West Bank and Israel in the {{first three months}} of the year, [[six of them|killed;a=OCHA;n=-]] members of the security forces.
""",
)

item(
    "Settlers abduct Palestinian teenagers, army frees them hours later",
    """
Israeli soldiers freed [[two Palestinian teenagers|kidnapped;a=army]] who had been seized by settlers near al-Mughayyir, the army said on
{{Friday}}, and detained [[three settlers|arrested;a=army]] over the incident. The boys, aged {{14 and 15}}, were grazing sheep when they were
bundled into a car and taken to an outpost, their families said. The army said
[[as many as 20 settlers|other;a=army]] had gathered at the outpost when troops arrived. Yesh Din said settlers had held [[at least 31 Palestinians|kidnapped;a=Yesh Din]]
against their will since {{2023}}. Village officials said [[about 40 sheep|other;a=Village officials]] were
taken. The army said the outpost is home to [[about a dozen settlers|civilians;a=army]]. [[Around 25 villagers|injured]] were treated for tear gas when they gathered at the outpost.
""",
)

item(
    "Administrative detention orders hit record, HaMoked says",
    """
Israeli military commanders issued [[more than 8,000 administrative detention orders|other;a=HaMoked;u=other]] in {{2024}}, HaMoked said,
almost {{double}} the number of {{2022}}. The group said [[3,400 Palestinians|arrested;a=group;alt=HaMoked]] were held under such orders in
{{January 2025}}, compared with [[about 1,300|arrested;a=group;alt=HaMoked]] before the war. [[Some 70 Israelis|arrested;a=Defence Ministry]], all of
them settlers, were also held under administrative orders in that time, the Defence Ministry said, until the minister ended the practice for settlers.
HaMoked said [[as many as 40 children|arrested;a=HaMoked]] were among them. Orders last up to {{six months}} and can be renewed without limit. The army said [[about 900|other;a=army;u=other]] of the orders were renewals.
""",
)

item(
    "Second exchange: 200 prisoners freed, 70 deported",
    """
Israel freed [[200 Palestinian prisoners|other;a=Israel Prison Service]] on {{Saturday}} in exchange for [[four Israeli soldiers|kidnapped;a=Israel Prison Service]]
held hostage in Gaza, the Israel Prison Service said. The Prisoners' Society said [[70 of the freed men|other;a=Prisoners' Society]] were serving life
sentences and were deported to Egypt, and that [[about 16|returned;a=Prisoners' Society]] were sent back to Gaza, where their families live.
[[Around 110|returned]] went home to the West Bank and East Jerusalem. Israeli police said officers had raided the homes of
[[several dozen families|other;a=Israeli police;u=household]] to warn against celebrations.
""",
)

item(
    "Jerusalem police arrest Palestinians over social media posts",
    """
Israeli police have arrested [[more than 120 Palestinians|arrested;a=Adalah]] from East Jerusalem and Israel since the start of the war over
posts on social media, the legal centre Adalah said on {{Tuesday}}. Adalah said [[about 70|other;a=Adalah]] were released without charge and
[[at least 30|arrested;a=Adalah]] were indicted. Police said they had opened [[over 400 investigations|other;a=Police;u=other]] for incitement.
Adalah said [[10 to 15|arrested;a=Adalah]] of those charged were minors. Students at the Hebrew University said [[nine Palestinian students|other;a=Students]] had been suspended.
""",
)

item(
    "Mother searches for son taken in Tulkarm raid",
    """
Samira Abu Zant has not heard from her son since soldiers took him from their home in Nur Shams camp {{five months}} ago. The
Commission of Detainees' Affairs said [[at least 90 people|missing;a=Commission of Detainees' Affairs]] detained in the northern camps this year
had not been traced, and that the Red Cross has had no access to Israeli prisons since {{October 2023}}. The ICRC said it had received
[[about 5,000 tracing requests|other;a=ICRC;u=other]] from families in the West Bank and Gaza. The camp committee said
[[about 45 men|arrested;a=camp committee]] from Nur Shams were taken on the night her son disappeared. The army said it had arrested
[[some 3,200 wanted people|arrested;a=army]] in the West Bank since the start of the year and killed [[more than 60 militants|killed;a=army]].
""",
)

item(
    "Israeli civilian rescued after being held in Jenin",
    """
Israeli special forces rescued [[two Israeli civilians|kidnapped;a=army]] held by gunmen in Jenin after they entered the city by mistake, the
army said on {{Sunday}}. During the rescue troops killed [[two Palestinians|killed;a=Palestinian health ministry]] and wounded [[four|injured;a=Palestinian health ministry]], the
Palestinian health ministry said. The army said it had deployed [[about 60 soldiers|combatants;a=army]] from an elite unit and that
[[one officer|injured;a=army]] was hurt. The Palestinian Authority's security forces said they had detained [[five people|arrested;a=Palestinian Authority's security forces]] over the abduction.
""",
)

item(
    "West Bank toll since October 2023 passes 1,000, UN says",
    """
[[More than 1,000 Palestinians|killed;a=OCHA]] have been killed by Israeli forces or settlers in the West Bank, including East Jerusalem,
since {{7 October 2023}}, OCHA said on {{Thursday}}. The office said [[about 210|killed;a=office;alt=OCHA]] of the dead were children. It said
[[some 7,500 Palestinians|injured;a=OCHA]] had been injured, a third of them by live ammunition. Over the same
period [[54 Israelis|killed;a=OCHA]], including [[22 members of the security forces|killed;a=OCHA;n=members]], were killed in the West Bank and Israel in
attacks by Palestinians from the West Bank, OCHA said. The Palestinian health ministry gives a higher toll of [[1,040|killed;a=Palestinian health ministry]].
""",
)

item(
    "Administrative detention: the legal basis",
    """
Israel uses administrative detention under Military Order {{1651}} of {{2009}}. A military judge reviews each order within
{{eight days}}, and detainees can appeal to the Supreme Court. Orders run for up to {{six months}} at a time; some Palestinians
have been held for more than {{five years}}. Amnesty International described the practice in {{2023}} as
"a cornerstone of apartheid".
""",
)

item(
    "Prison budget rises as cells overflow",
    """
Israel's prison service budget rose by {{NIS 1.2 billion}} in {{2025}}, about {{18%}} more than a year earlier, the finance ministry said.
Occupancy in security wings stood at {{152%}} of capacity in {{March}}, and the average prisoner had {{2.2 square metres}} of floor
space, below the {{4.5 square metres}} the Supreme Court ordered in {{2017}}. The service plans to open a new wing at Ketziot within {{18 months}}.
""",
)
