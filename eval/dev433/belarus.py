"""dev433 items: Belarus, 2020-2026 (the crackdown after the August 2020 election, Viasna's
counts, the pardons and US-brokered releases of 2024-2025, exiles, closures and returns)."""

from _wrap import item

item(
    "Belarus police detain 6,700 in three nights of protest",
    """
MINSK, {{Aug 12}} (Reuters) - Belarusian police have detained [[about 6,700 people|arrested;a=the
interior ministry]] in {{three nights}} of protests against the official result of Sunday's
presidential election, the interior ministry said on Wednesday. [[One protester|killed;a=the ministry;alt=interior ministry]] died in Minsk on Monday, the ministry said, when an explosive
device he was trying to throw went off in his hand. Doctors said [[more than 250
people|injured;a=Doctors]] had been treated in Minsk hospitals for rubber-bullet wounds,
stun-grenade burns and beatings. The ministry said [[121 police officers|injured;a=The
ministry;alt=interior ministry]] had been hurt. [[Thousands of OMON riot police|combatants]]
and interior troops patrolled the capital overnight. Former detainees said the Okrestina
detention centre, built for [[about 500 inmates|capacity;a=Former detainees]], held [[more
than 1,000|arrested;n=-;a=Former detainees]] in its cells and courtyard at the peak.
""",
)

item(
    "Viasna: 1,159 political prisoners, and 30 new arrests a week",
    """
VILNIUS - The human rights centre Viasna recognised [[1,159 political prisoners|arrested;a=The
human rights centre Viasna]] in Belarus as of {{Sept 1}}, including [[167 women|arrested;a=The
human rights centre Viasna]]. Since {{2020}} the centre has added [[more than 3,700
people|arrested;a=the centre;alt=Viasna]] to its list, and it estimates that [[at least 65,000
people|arrested;a=Viasna]] have been detained for political reasons in that time. Police still
detain [[about 30 people a week|arrested;a=Viasna]] on charges such as donating to
opposition funds or commenting online, Viasna said. [[Four Viasna members|arrested]] remain in
prison, among them its founder Ales Bialiatski, who won the Nobel Peace Prize in {{2022}} and
is serving {{10 years}}. The group works from exile in Vilnius and Warsaw, where [[about 25 of its
staff|displaced]] now live.
""",
)

item(
    "Lukashenko pardons 18 more political prisoners",
    """
MINSK - Alexander Lukashenko pardoned [[18 more people|arrested;a=the presidential press
service]] convicted of "extremist" crimes, the presidential press service said on Tuesday,
bringing to [[more than 200|arrested;n=-;a=the presidential press service]] the number freed under pardons since {{July}}.
[[Seven|arrested;n=-]] of those released on Tuesday were seriously ill, and [[three|arrested;n=-]]
had served more than {{four years}}. Each had to write a petition admitting guilt. Viasna said
[[more than 1,300 people|arrested;a=Viasna]] remained behind bars for political reasons, and
that police had detained [[at least 95 people|arrested;a=Viasna]] in the same period.
Opposition leader Sviatlana Tsikhanouskaya called the pardons "a revolving door."
""",
)

item(
    "Belarus frees 52 prisoners in US-brokered deal",
    """
VILNIUS, {{Sept 11}} (AP) - Belarus freed [[52 prisoners|arrested;a=US officials]] on Thursday,
among them [[14 foreigners|arrested;a=US officials]] and [[six Lithuanians|arrested;a=US
officials]], after a visit to Minsk by a US envoy who
announced the lifting of sanctions on the state airline Belavia, US officials said. [[Fifty-one
of them|displaced;n=-;a=Lithuanian border guards]] were driven across the border at Medininkai
into Lithuania, Lithuanian border guards said. Mikalai Statkevich, a former presidential
candidate, refused to cross and was taken back to his prison colony. In June, [[14
prisoners|arrested]], including Siarhei Tsikhanouski, had been freed after a visit by Keith
Kellogg. The envoy, John Coale, said Minsk could release [[as many as 1,300|arrested;n=-;p;a=John Coale]] more in the coming months. Viasna said [[about 1,150 political
prisoners|arrested;a=Viasna]] were still held.
""",
)

item(
    "Where Belarus's exiles went",
    """
WARSAW - [[Between 300,000 and 600,000 Belarusians|displaced;a=researchers at the Belarusian
Analytical Workshop]] have left the country since {{2020}}, researchers at the Belarusian
Analytical Workshop estimate. Poland has admitted [[more than 100,000 Belarusians|displaced]] on
humanitarian visas. Lithuania hosts [[about 60,000|displaced;n=-;a=the Lithuanian
migration department]], according to the Lithuanian migration department. A hostel run by the
Belarusian House in Warsaw has room for [[40 people|capacity]], and is always full. Lithuanian officials said they planned to open [[two more
hostels|capacity;u=structure;p;a=Lithuanian officials]] in Vilnius. A
{{September 2023}} decree ending passport renewals at embassies affected [[hundreds of thousands
of Belarusians|civilians]] abroad, who must now go home to renew documents. [[Fewer than
2,000|returned;n=-;a=the Belarusian Analytical Workshop]] have gone back, the Belarusian
Analytical Workshop said.
""",
)

item(
    "More than 1,800 Belarusian NGOs liquidated since 2021",
    """
VILNIUS - Lawtrend, a legal monitoring group, counted [[1,840 non-governmental
organisations|other;u=other;a=Lawtrend]] liquidated in Belarus between {{2021}} and the end of
{{2024}}. [[More than 1,000|other;n=-;u=other;a=Lawtrend]] were closed by court order, while
[[about 800|other;n=-;u=other;a=Lawtrend]] dissolved themselves under pressure, Lawtrend said.
The Belarusian Association of Journalists said [[over 30 independent media
outlets|other;u=other;a=The Belarusian Association of Journalists]] had been labelled
"extremist" and [[37 media workers|arrested;a=The Belarusian Association of Journalists]] were
behind bars. The information ministry's list of extremist materials has grown to [[more than
5,000 items|other]]. Prosecutors said [[up to 50 more groups|other;u=other;p;a=Prosecutors]] would be
closed this year. Subscribing to a banned channel can bring up to {{six years}} in prison.
""",
)

item(
    "Deaths in custody and the prisoners no one has heard from",
    """
VILNIUS - [[At least seven political prisoners|killed;a=Viasna]] have died in custody in
Belarus since {{2021}}, Viasna said on Monday, after the artist Ales Pushkarou, {{61}}, died in a
prison hospital. [[Around 180 political prisoners|arrested;a=the group;alt=Viasna]] have serious
illnesses or disabilities, the group said. The families of [[at least eight prominent
prisoners|missing]], among them Viktar Babaryka and Maryia Kalesnikava, had no news of them for
more than {{a year}}, not knowing whether they were alive. Viasna believes [[as many as
20|missing;n=-;a=Viasna]] may be held incommunicado in this way. [[Twelve|arrested;n=-;a=the
group;alt=Viasna]] more were in solitary confinement, the group said, and [[some 30
prisoners|arrested]] were moved to the Mahilioŭ colony in March. UN experts have called the
practice enforced disappearance.
""",
)

item(
    "Belarus tries exiles in absentia and seizes their flats",
    """
MINSK - Belarusian courts have convicted [[more than 200 people|other;a=Viasna]] in absentia
under a {{2022}} law on "special proceedings," according to Viasna. A {{2023}} amendment lets
the state strip naturalised citizens convicted of extremism of their nationality, and [[at least 12 exiles|other;a=exile lawyers]] have lost it, exile lawyers said. The KGB's list of "persons involved in
terrorist activities" now holds [[more than 1,200 names|other;u=other]]. Police have seized
[[about 150 apartments|housing;a=the Belarusian service of Radio Liberty]] belonging to exiles since {{2022}}, the Belarusian service of
Radio Liberty reported. Prosecutors plan to try [[another 150 exiles|other;p;a=Prosecutors]] in
absentia this year. Exile groups say [[tens of thousands of families|civilians;a=Exile groups]] inside Belarus are
affected by the seizures and by the trials of their relatives.
""",
)

item(
    "Masked men snatch Kalesnikava and two colleagues in Minsk",
    """
MINSK, {{Sept 8}} - Opposition leader Maryia Kalesnikava and [[two of her
colleagues|kidnapped;n=colleagues;a=witnesses]] were bundled into a minivan by masked men in
central Minsk on Monday, witnesses said. Their whereabouts were unknown for hours, and their
allies said they feared they had been abducted by the security services. Across the capital,
[[dozens of protesters|kidnapped;a=Viasna]] were snatched off the streets by men in plain
clothes on Sunday, according to Viasna. [[More than 630 people|arrested;a=the interior
ministry]] were detained nationwide on Sunday, the interior ministry said. [[About 100,000
people|other]] had marched in Minsk that afternoon. The Coordination Council said [[four of its seven presidium
members|missing;n=members;a=The Coordination Council]] could not be reached. Early on Tuesday
[[her two colleagues|displaced;n=colleagues;a=Ukraine's border service]] were forced across the
border into Ukraine, Ukraine's border service said, while Kalesnikava tore up her passport to
stay and was driven back to Minsk.
""",
)

item(
    "Returning exiles meet commission and the border guards",
    """
MINSK - A commission set up by Alexander Lukashenko to hear requests from exiles who want to
come home has received [[about 1,500 applications|other;u=other;a=state media]], state media
reported. [[Fewer than 300 people|returned;a=state media]] have actually come back through the
commission, according to state media. Viasna said border guards had detained [[at least 80
returning Belarusians|arrested;a=Viasna]] in {{2024}}, most of them for donations made from
abroad. [[About 20|returned;n=-;a=the commission]] came back on a group flight from Vilnius in
{{March}}, the commission said, and were met by television crews. State television said [[12 returnees|returned;a=State television]] had been pardoned in
{{April}}. The commission's chairman said [[up to 500 people|returned;p;a=The commission's
chairman]] were expected to come back by the end of the year. Those who return must confess
on camera and pay into a state fund.
""",
)

item(
    "Police search 100 homes in raid on families of prisoners",
    """
MINSK - Belarusian police searched [[more than 100 homes|housing;a=Viasna]] in a single day on
{{Jan 23}}, targeting relatives of political prisoners who had received money from solidarity
funds abroad, Viasna said. [[At least 270 people|arrested;a=the group;alt=Viasna]] were questioned or
detained, the group said. The Investigative Committee said the funds had sent money to [[about
1,600 families|aid;a=The Investigative Committee]] of prisoners, which it called "financing
extremism". [[Nine people|arrested]] remain in custody. [[More than 200
officers|combatants;a=the Investigative Committee]] took part in the raids, the Investigative
Committee said. Agents seized phones and bank cards and sealed [[two flats|housing]] in Grodno. The
funds, run from Vilnius and Warsaw, said they would keep paying.
""",
)

item(
    "Solidarity funds keep prisoners' families afloat",
    """
WARSAW - BYSOL, a solidarity fund set up in {{2020}}, said it had supported [[more than 5,000
people|aid;a=BYSOL]] repressed in Belarus, paying for lawyers, fines and travel to prison
colonies. Dissidentby said it sent [[about 12,000 parcels|aid;a=Dissidentby]] to political
prisoners last year. [[Some 700 children|aid]] of political prisoners receive monthly payments
from a Vilnius-based programme. [[About 400 prisoners|aid;a=the funds;alt=BYSOL;alt=Dissidentby]] have lawyers
paid from abroad, the funds said. BYSOL plans to help [[300 more families|aid;p;a=BYSOL]] this winter. Only [[about
30 lawyers|other]] inside Belarus still take political cases, after [[more than 120|other;n=-]]
were disbarred. Donations fell by about {{40%}} after Belarus began
prosecuting donors in {{2023}}.
""",
)

item(
    "Belarus held 32 journalists as press group counts exodus",
    """
VILNIUS - The Belarusian Association of Journalists said [[32 journalists|arrested;a=The
Belarusian Association of Journalists]] were in prison at the start of {{2025}},
[[eleven|arrested;n=-;a=The Belarusian Association of Journalists]] of them serving {{more than
five years}}. [[About 600 journalists|arrested;a=the association;alt=Belarusian Association of
Journalists]] have been detained at least briefly since {{2020}}, and [[more than
500|displaced;n=-;a=the association;alt=Belarusian Association of Journalists]] have left the
country, the association said. [[Some 40 outlets|other;u=other]] now work from Poland and
Lithuania, and [[as many as 15|other;n=-;u=other;p]] could close this year if EU funding is cut.
Katsiaryna Andreyeva, a Belsat reporter, was sentenced to {{eight years and three months}} for
treason.
""",
)

item(
    "Four years on, the dead of August 2020",
    """
MINSK - [[At least four protesters|killed]] were killed in the crackdown that followed the
{{2020}} election, among them Raman Bandarenka, {{31}}, who died in hospital after being beaten
in a Minsk courtyard. Amnesty International documented [[more than 450
detainees|injured;a=Amnesty International]] treated for injuries after beatings in custody.
[[Dozens of people|missing;a=Viasna]] were unaccounted for in the first week, their families
searching detention centres for them, according to Viasna. Minsk hospitals treated [[more than 1,000 people|injured;a=doctors]] in the first week,
doctors said. Investigators opened criminal cases against [[about 4,000 protesters|arrested]]
instead. Not a single member of the security forces has
been charged. [[Some 1,200 complaints|other;u=other;a=lawyers]] filed by victims were rejected by
prosecutors, lawyers said.
""",
)

item(
    "Lukashenko claims seventh term with 86.8%",
    """
MINSK - The Central Election Commission said Alexander Lukashenko won {{86.8%}} of the vote in
the {{Jan 26}} election, extending his rule into a {{seventh}} term. Turnout was {{85.7%}}, the
commission said. Lukashenko, {{70}}, has governed since {{1994}}. The European Union and the
United States said the vote was neither free nor fair. The next presidential election is due in
{{2030}}.
""",
)

item(
    "Ryanair diversion: four years on",
    """
VILNIUS - On {{May 23, 2021}}, a Belarusian {{MiG-29}} fighter escorted Ryanair flight {{FR4978}} from Athens to Vilnius down to Minsk, where the dissident blogger Raman Pratasevich
was taken off. Pratasevich, then {{26}}, was sentenced in {{2023}} to {{eight years}} and pardoned
{{weeks}} later. The EU banned Belarusian airlines from its airspace within {{two days}}. The
International Civil Aviation Organization found in {{2022}} that the bomb threat used to divert
the plane was false.
""",
)
