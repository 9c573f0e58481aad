"""dev441 items: arrests, administrative detention, children in military courts, deaths in
custody, withheld bodies, the missing, the prisoners freed under the Gaza ceasefire and arrests
by the Palestinian Authority."""

from _wrap import item

item(
    "Prisoners' Society: 21,000 arrested in West Bank since October 2023",
    """
RAMALLAH - Israeli forces have arrested [[more than 21,000 Palestinians|arrested;a=Palestinian
Prisoners' Society]] in the West Bank, including East Jerusalem, since {{October 7, 2023}}, the
Palestinian Prisoners' Society said on Monday. The figure includes [[about 1,600
children|arrested;a=the group;alt=Palestinian Prisoners' Society]] and [[more than 600
women|arrested;a=the group;alt=Palestinian Prisoners' Society]], the group said. In January alone
[[some 950 people|arrested]] were detained, [[at least 70|arrested;n=-]] of them children. It
said [[more than 10,800 Palestinians|arrested;a=Palestinian Prisoners' Society]] were being held
in Israeli prisons, [[3,400|arrested;n=-;a=Palestinian Prisoners' Society]] of them without
charge under administrative detention. The count leaves out detainees from Gaza held in military
camps, whose number the group puts at [[about 1,700|arrested;n=-;a=the group;alt=Palestinian
Prisoners' Society]]. Among those held are [[49 journalists|arrested]]. Israel's prisons, built
to hold [[about 14,500 inmates|capacity]], are holding more than at any time since {{2005}}.
""",
)

item(
    "Administrative detention at a three-decade high",
    """
The number of Palestinians held by Israel in administrative detention rose to
[[3,577|arrested;n=-;a=HaMoked]] in {{November 2024}}, the highest in {{three decades}}, according
to figures from the Israeli rights group HaMoked. Administrative detainees can be held for
renewable periods of {{up to six months}} without charge or trial, on the basis of secret
evidence. Before {{October 2023}} the figure stood at [[about 1,300|arrested;n=-]]. HaMoked says
that [[more than 100|arrested;n=-;a=HaMoked]] of the detainees are minors, and that [[about 40
detainees|arrested;a=HaMoked]] have been held for more than {{two years}}. Israel's prison
service says it holds [[10,221 security prisoners|arrested;a=Israel's prison service]] in all.
Military commanders signed [[more than 9,000 detention orders|other;u=other;a=Addameer]] in
{{2024}}, renewals included, the prisoners' rights group Addameer said.
""",
)

item(
    "Overnight raids: 35 detained across West Bank",
    """
RAMALLAH, West Bank (AFP) - Israeli forces arrested [[at least 35 Palestinians|arrested;a=Palestinian
Prisoners' Society and the Commission of Detainees' Affairs]] in overnight raids across the West
Bank, among them [[two journalists|arrested;a=Palestinian Prisoners' Society and the Commission of
Detainees' Affairs]], the Palestinian Prisoners' Society and the Commission of Detainees' Affairs
said in a joint statement on Wednesday. Most arrests were in Hebron governorate, where [[14
people|arrested]] were detained, and in Nablus, where soldiers searched [[dozens of
homes|other]]. The army said it had detained [[21 wanted suspects|arrested;a=army]] and
seized [[four M16 rifles|other;a=army]]. Since the start of the year, the society said,
[[about 4,200 Palestinians|arrested;a=the society;alt=Palestinian Prisoners' Society]] have been
arrested; no more than {{15 percent}} of them have been charged.
""",
)

item(
    "Deaths in Israeli custody since October 2023",
    """
[[At least 75 Palestinians|killed;a=Palestinian Commission of Detainees' Affairs]] have died in
Israeli custody since {{October 2023}}, according to the Palestinian Commission of Detainees'
Affairs. Of those, [[at least 45|killed;n=-;a=Palestinian Commission of Detainees' Affairs]] were
from Gaza, it said. Physicians for Human Rights-Israel says its own count, based on autopsies and
official replies, is [[94|killed;n=-;a=Physicians for Human Rights-Israel]]. The bodies of [[more
than 50 detainees|killed;a=the group;alt=Physicians for Human Rights-Israel]] are still held by
Israel, the group said. A {{17-year-old}} from Silwad died in Megiddo prison in {{March}} after
{{six months}} in detention; an autopsy found he had lost {{10 kilograms}}. Israeli military
police have detained [[five reservists|arrested]] over abuse at the Sde Teiman camp.
""",
)

item(
    "Israel frees 90 Palestinian prisoners in first ceasefire exchange",
    """
RAMALLAH, {{Jan 20}} (Reuters) - Israel released [[90 Palestinian prisoners|other]] early on Monday
in the {{first exchange}} under the Gaza ceasefire, hours after Hamas freed [[three Israeli
hostages|kidnapped]]. The prisoners, [[69 women|other]] and [[21 minors|other]], were taken by bus
from Ofer prison to Beitunia, where [[thousands of people|other]] had waited through the night.
Under the {{first phase}} of the deal, Israel is to free [[about 1,900 Palestinians|other;p]] in
exchange for [[33 hostages|kidnapped;p]]. The Palestinian Prisoners' Society said [[about
230|other;p;n=-;a=Palestinian Prisoners' Society]] of those to be released are serving life
sentences. Israeli forces detained [[at least 10 people|arrested;a=Red Crescent]] near Ofer as
crowds gathered, and [[one man|injured;a=Red Crescent]] was hurt by a rubber bullet, the Red
Crescent said.
""",
)

item(
    "Children in Israeli military detention",
    """
Defense for Children International-Palestine says [[about 160 children|arrested;a=Defense for
Children International-Palestine]] are held in Israeli prisons and detention centres,
[[40|arrested;n=-;a=Defense for Children International-Palestine]] of them in administrative
detention. Most of the [[500 to 700 children|arrested;a=the group;alt=Defense for Children
International-Palestine]] prosecuted in Israeli military courts each year are accused of throwing
stones, the group says. In a survey of [[120 children|arrested;a=the group;alt=Defense for Children
International-Palestine]] arrested last year, the group found that {{three in four}} had suffered
physical violence during arrest or questioning. Palestinian children can be tried from {{age 12}}.
Ahmad, a {{15-year-old}} from Beit Ummar, spent {{eight months}} in Ofer before a plea deal.
""",
)

item(
    "Waiting for Yazan",
    """
NABLUS - Every Thursday, Samira waits for the lawyer's call. Her son Yazan, a {{21-year-old}}
engineering student at An-Najah University, was taken from their home at {{3 a.m.}} on {{March
14}} by [[about 20 soldiers|combatants]], along with [[11 other students|arrested]] from the
university that night. He has not been charged; in {{May}} a military judge confirmed a
{{four-month}} administrative detention order, and in {{September}} it was renewed. The lawyer has
been allowed to see him {{twice}}. In Megiddo prison, she has learned from freed detainees, Yazan
shares a cell built for [[six|capacity;n=-]] with [[13 other men|arrested]]. The student union
says [[more than 90 An-Najah students|arrested;a=student union]] are now held by Israel. "I count
the days," she said. "{{211 days}} so far."
""",
)

item(
    "Rights body says PA detained 120 over posts and activism",
    """
The Palestinian Authority's security services have detained [[at least 120
people|arrested;a=Independent Commission for Human Rights]] over social media posts or political
activity this year, the Independent Commission for Human Rights said. They include [[nine
journalists|arrested]] and [[dozens of university students|arrested]]. The commission said it had
received [[312 complaints|other;u=other;a=The commission;alt=Independent Commission for Human
Rights]] of torture or ill-treatment in PA custody. Hamas said in a statement that [[more than 40
of its members|arrested;a=Hamas]] were being held in PA prisons. A security services spokesman
said [[no more than 17|arrested;n=-;a=security services spokesman]] were in custody and that all faced
criminal charges.
""",
)

item(
    "Israel withholding bodies of 256 Palestinians, group says",
    """
Israel is withholding the bodies of [[at least 256 Palestinians|killed;a=Jerusalem Legal Aid and
Human Rights Center]] from the West Bank and East Jerusalem, [[more than 80|killed;n=-;a=Jerusalem
Legal Aid and Human Rights Center]] of them in cemeteries of numbers, the Jerusalem Legal Aid and
Human Rights Center said. Among them are [[14 children|killed]]. The center said
[[nine|killed;n=-;a=The center;alt=Jerusalem Legal Aid and Human Rights Center]] of the bodies were
of prisoners who died in custody. Israel's cabinet decided in {{2019}} to hold bodies as
bargaining chips. On Thursday Israel handed back the bodies of [[12 Palestinians|killed]] at the
Taybeh checkpoint.
""",
)

item(
    "Hundred detained in Hebron sweep",
    """
HEBRON, West Bank - Israeli troops detained [[more than 100 Palestinians|arrested]] in Hebron on
Thursday in one of the largest arrest sweeps of the war, questioning them in a school courtyard
before releasing [[about 80|arrested;n=-]] by nightfall. Witnesses said soldiers blindfolded
[[dozens of men|arrested;a=Witnesses]] and made them kneel for hours. The army said the
operation, involving [[about 1,000 soldiers|combatants;a=army]], had seized [[14
weapons|other;a=army]] and {{NIS 200,000}} in cash. The city's chamber of commerce said [[more
than 300 shops|other;a=city's chamber of commerce]] in the old city stayed shut.
""",
)

item(
    "Families of Jenin detainees left without news",
    """
The whereabouts of [[dozens of Palestinians|missing;a=Palestinian Prisoners' Society]] detained by
Israeli forces during the operation in the northern West Bank remain unknown, the Palestinian
Prisoners' Society said on Sunday. The society said it had sent [[67 requests|other;u=other;a=The
society;alt=Palestinian Prisoners' Society]] to the army asking where detainees were held, and had
received answers to [[only 19|other;n=-;u=other;a=The society;alt=Palestinian Prisoners'
Society]]. The Red Cross, barred from visiting Palestinian prisoners since {{October 2023}}, said
it had received [[more than 300 inquiries|other;u=other;a=Red Cross]] from families in the West
Bank. HaMoked said it had filed [[41 petitions|other;u=other;a=HaMoked]] on behalf of detainees and
still could not locate [[12 people|missing;a=HaMoked]] named in them. In Tubas, the family of a
{{33-year-old}} man detained at a checkpoint said they had not heard from him in {{five weeks}}.
""",
)

item(
    "How administrative detention works",
    """
Administrative detention in the West Bank is governed by {{Military Order 1651}} of {{2009}}.
An order lasts {{up to six months}} and can be renewed without limit. The detainee must be
brought before a military judge within {{eight days}}, and may appeal to Israel's Supreme Court.
International law allows the measure only for imperative reasons of security, under {{Article 78}}
of the {{Fourth Geneva Convention}}. Israel has used it since {{1967}}; the longest-held
Palestinian detainee in recent years spent {{eight years}} in prison without charge.
""",
)

item(
    "Military court jails Kobar man for 14 years",
    """
A military court at Ofer on Tuesday sentenced a {{19-year-old}} from Kobar to {{14 years}} in
prison and fined him {{NIS 20,000}} for a stabbing at a bus stop near Ramallah in {{2023}}. The
trial lasted {{22 months}}; the verdict was read at {{10:30}} in the morning, with his mother in
the courtroom. His lawyer said he would appeal within {{45 days}}. The Shin Bet said in its
{{2024}} report that the average sentence for such attacks was {{11 years}}.
""",
)
