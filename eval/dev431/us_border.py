"""The United States and its southern border: CBP One, encounters and apprehensions, the end of
Title 42, buses to northern cities, deportation flights, Guantánamo, deaths at the border,
Tijuana's shelters, children in federal care, parole, the troops of 2025 and the reverse flow."""

from _wrap import item

item(
    "Nearly a million entered the US through CBP One appointments",
    """
WASHINGTON (Reuters) - US Customs and Border Protection (CBP) said on Friday that [[more than
936,500 people|displaced;a=US Customs and Border Protection]] had entered the country with
appointments made through its CBP One app since {{January 2023}}. The app offered [[1,450
appointments a day|capacity;u=other]] at [[eight ports of entry|other;u=structure;n=ports]] along
the border with Mexico. Venezuelans were the largest group, with [[more than
280,000|displaced;a=the agency;alt=US Customs and Border Protection]], the agency said. Advocates
estimate that [[about 270,000 people|displaced;a=Advocates]] were waiting in northern Mexico for a
slot when the app was shut down on {{January 20, 2025}}, and that [[some 30,000 scheduled
appointments|other;u=other;a=Advocates]] were cancelled that day. Migrants had to be at the port
{{an hour}} before their appointment.
""",
)

item(
    "Border encounters hit record in December 2023",
    """
WASHINGTON (AP) - Border authorities recorded [[302,034 encounters|arrested;a=US Customs and
Border Protection]] with migrants at the southwest border in {{December 2023}}, the highest monthly
total on record, according to US Customs and Border Protection. Of those, [[249,785|arrested]] were
apprehensions by the Border Patrol between ports of entry. On some days agents took [[more than
10,000 people a day|arrested]] into custody. Agents also took in [[9,600 unaccompanied
children|arrested]] during the month. CBP reassigned [[about 1,000 officers|combatants;a=CBP]] from ports to the field, it said. The agency temporarily closed [[two ports of
entry|other;u=structure;n=ports]], at Lukeville, Arizona, and Eagle Pass, Texas, to move staff to
processing. The Pentagon said [[1,500 active-duty troops|combatants;a=The Pentagon]] remained at the
border to help with logistics.
""",
)

item(
    "Title 42 expires after 2.8 million expulsions",
    """
EL PASO, Texas (Reuters) - The {{Title 42}} public health order expired at {{11:59 pm}} on {{May 11,
2023}}, after US authorities used it to carry out [[more than 2.8 million
expulsions|returned]] of migrants since {{March 2020}}. In the days before it ended, Border Patrol
agents were apprehending [[about 10,000 migrants a day|arrested;a=officials]], officials said.
[[More than 27,000 people|arrested]] were in Border Patrol custody on {{May 10}}, according to
internal figures seen by Reuters. Mexican officials estimated that [[about 60,000
migrants|displaced;a=Mexican officials]] were waiting in northern border cities. The Pentagon said
it would send [[1,500 active-duty soldiers|combatants;p;a=The Pentagon]] for {{90 days}}. The
administration plans to open [[about 100 regional processing centres|other;p;u=structure;a=The
administration]] in Latin America.
""",
)

item(
    "Texas has bused 100,000 migrants to northern cities",
    """
AUSTIN, Texas - Texas has sent [[more than 100,000 migrants|displaced;a=Governor Greg Abbott's
office]] to Democratic-run cities on [[more than 1,500 buses|other;a=Governor Greg Abbott's
office]] since {{April 2022}}, Governor Greg Abbott's office said on Tuesday. New York City said it
was sheltering [[about 65,000 migrants|displaced;a=New York City]], including [[about 14,000
families|displaced;a=New York City]] with children, in [[more than 210 emergency
shelters|capacity;a=New York City]] and had enrolled [[about 30,000 migrant
children|other;a=New York City]] in its schools. In Chicago, [[about 3,000 people|displaced]] slept
in police station lobbies at the peak in {{October 2023}}. New York's budget office put the city's
cost at {{$4.7 billion}} for the {{2024}} fiscal year.
""",
)

item(
    "US resumes deportation flights to Venezuela",
    """
CARACAS (AFP) - A deportation flight carrying [[about 130 Venezuelans|returned;a=US Immigration and
Customs Enforcement]] landed in Caracas on {{October 18, 2023}}, the first since diplomatic relations
were cut in {{2019}}, US Immigration and Customs Enforcement (ICE) said. ICE said it ran [[more than
1,500 removal flights|other;a=ICE]] in {{fiscal year 2024}}. Venezuela's government said [[more
than 8,000 migrants|returned;a=Venezuela's government]] had come home on [[40
flights|other;a=Venezuela's government]] from the United States and Mexico by {{March 2025}}. That
month, the United States flew [[238 Venezuelan men|arrested]] to El Salvador to be held in the CECOT
mega-prison. ICE said it was holding [[about 61,000 people|arrested;a=ICE]] in detention in June.
The White House has said it wants to deport [[1 million people a year|returned;p;n=people;a=The White
House]].
""",
)

item(
    "Hundreds of migrants held at Guantánamo, officials say",
    """
WASHINGTON - US officials said on Wednesday that [[about 500 migrants|arrested;a=US officials]] had
been held at the Guantánamo Bay naval base since February, and that [[40 Venezuelan
men|arrested;a=US officials]] were still there. President Donald Trump has said the base could hold
[[up to 30,000|capacity;p;a=President Donald Trump]]. In February, [[177 Venezuelans|returned]] were
flown from Guantánamo to Honduras and then on to Caracas. Troops put up [[195 tents|capacity]] at
the base, though most detainees have been held in a building used since the {{1990s}}. [[About 1,000
service members|combatants;a=the Pentagon]] are assigned to the mission, the Pentagon said. Each
detainee costs about {{$100,000}} a day to hold there, according to a Senate estimate.
""",
)

item(
    "Record 895 migrants died at the US-Mexico border in a year",
    """
WASHINGTON - [[At least 895 migrants|killed;a=US Customs and Border Protection]] died trying to cross
the US-Mexico border in {{fiscal year 2022}}, the highest number on record, US Customs and Border
Protection said in a report to Congress. The toll included [[at least 53 people|killed]] who died in
a sweltering tractor-trailer abandoned in San Antonio in {{June 2022}}; [[11 others|injured]] were
taken to hospital. Texas officials said they recovered [[30 bodies|killed;a=Texas officials]] from
the Rio Grande near Eagle Pass in {{the first half of 2023}}, including those of [[two
children|killed;a=Texas officials]]. The Border Patrol said its agents carried out [[about 22,000
rescues|other;a=The Border Patrol]] over the year. [[At least 12 people|missing;a=relatives]] who
went into the river that summer were never found, relatives say. Temperatures in the trailer were
estimated at over {{50C}}.
""",
)

item(
    "Tijuana shelters fill after CBP One shut down",
    """
TIJUANA, Mexico (Reuters) - [[Between 1,500 and 2,000 people|displaced;a=Baja California
officials]] were stranded in Tijuana's migrant shelters on Tuesday after the Trump administration
cancelled CBP One appointments, Baja California officials said. The city has [[about 30
shelters|capacity]] with [[roughly 700 beds|capacity]], most of them run by churches. [[Hundreds of
migrants|displaced]] who had appointments that day were turned away at the El Chaparral crossing,
and [[about 120 families|displaced]] are sleeping in a plaza nearby. Police removed [[about 400
tents|housing]] from the plaza in {{February 2022}}, when it last filled up.
Mexico's government said it had built [[nine large shelters|capacity;a=Mexico's government]] along
the border to receive [[up to 2,500 deportees a day|capacity;a=Mexico's government]]. It said [[about
4,000 Mexicans a week|returned;a=Mexico's government]] were being deported from the United States.
Tijuana's mayor said the city could not cope for more than {{a few weeks}}.
""",
)

item(
    "Chinese migrants surge at the California border",
    """
SAN DIEGO (AP) - Border Patrol agents apprehended [[about 24,000 Chinese nationals|arrested;a=US
Customs and Border Protection]] at the southwest border in {{fiscal year 2023}}, up from [[fewer
than 2,000|arrested;a=US Customs and Border Protection]] a year earlier, according to US Customs and
Border Protection. Many flew to Ecuador, which did not require visas, and walked through the
Darién. In the San Diego sector alone, agents detained [[about 400 Chinese migrants|arrested]] in a
single week in May. [[About 800 migrants|displaced;a=volunteers]] waited for days at [[six open-air
sites|capacity;a=volunteers]] near Jacumba before being processed, volunteers said. The first removal
flight to China in {{five years}} carried [[116 Chinese nationals|returned;a=the Department of
Homeland Security]] in {{June 2024}}, the Department of Homeland Security said.
""",
)

item(
    "Unaccompanied children in federal care: the numbers",
    """
WASHINGTON - The US government took [[118,938 unaccompanied children|displaced;a=the Office of
Refugee Resettlement]] into its shelters in {{fiscal year 2023}}, according to the Office of Refugee
Resettlement (ORR). The agency said it had [[about 10,000 children|displaced;a=The agency;alt=the
Office of Refugee Resettlement]] in its care on an average day. The health department's inspector general said in {{August 2024}} that ORR could not reach [[more than 32,000
children|missing;a=The health department's inspector general]] after they left federal care. ORR
runs [[about 200 shelters|capacity]] across the country, and an emergency site in Pecos, Texas, had
[[2,000 beds|capacity]]. [[Six children|killed]] died in or shortly after Border Patrol custody in
{{2019}}. Most of the children are aged {{15 to 17}}.
""",
)

item(
    "UN agencies count the migrants heading south",
    """
PANAMA CITY - The IOM, UNHCR and UNICEF said in a joint report on Thursday that [[about 7,700
people|returned;a=The IOM, UNHCR and UNICEF]] moving south had been registered in Mexico, Central
America and Panama in {{the first quarter of 2025}}, {{97%}} of them Venezuelans. The agencies counted
[[more than 1,000 children|returned;a=The agencies;alt=The IOM, UNHCR and UNICEF]] and said [[about
300 people|injured;a=The agencies;alt=The IOM, UNHCR and UNICEF]] had sought medical care for
injuries or illness on the way. They estimated that [[12,000 people|civilians;a=The IOM, UNHCR and
UNICEF]] along the route were in need of humanitarian assistance. Costa Rica and Panama have opened
[[a dozen shelters|capacity]] for people heading south. The IOM has handed out [[5,000 hygiene
kits|aid]] and cash of {{$50}} a person.
""",
)

item(
    "Troops at the border reach 10,000 as crossings plunge",
    """
WASHINGTON (Reuters) - The Pentagon said on Tuesday that [[about 10,000 troops|combatants;a=The
Pentagon]] were now deployed along the southern border, up from [[about 2,500|combatants;a=The
Pentagon]] in January. Soldiers have detained [[about 300 migrants|arrested;a=officials]] inside new
military zones in New Mexico and Texas, officials said. Border Patrol apprehensions fell to
[[8,350|arrested;a=US Customs and Border Protection]] in {{March 2025}}, the lowest monthly figure in
decades, according to US Customs and Border Protection. On many days agents now make [[fewer than
300 arrests|arrested]]. The army has also sent [[12 military helicopters|other]] and Stryker
armoured vehicles to Arizona. Apprehensions were down {{94%}} from {{March 2024}}.
""",
)

item(
    "Houston ring held migrants in stash houses, prosecutors say",
    """
HOUSTON - Federal prosecutors in Houston said on Monday they had charged [[seven
people|arrested;a=Federal prosecutors in Houston]] with holding [[more than 100
migrants|kidnapped;a=Federal prosecutors in Houston]] for ransom in [[a dozen stash
houses|other;a=Federal prosecutors in Houston]] across the city. [[Two migrants|killed;a=prosecutors]]
died in captivity, and [[14|injured;a=prosecutors]] had been beaten, prosecutors said. Police found
[[38 migrants|kidnapped]], among them [[three children|kidnapped]], in a single house in southwest
Houston in April. Relatives in the United
States paid ransoms of up to {{$8,000}}, the indictment says. The defendants, aged {{22 to 47}},
face up to {{life in prison}}.
""",
)

item(
    "Half a million came under CHNV parole; now they are told to leave",
    """
WASHINGTON - [[About 530,000 people|displaced;a=the Department of Homeland Security]] from Cuba,
Haiti, Nicaragua and Venezuela entered the United States under the CHNV humanitarian parole
programme, the Department of Homeland Security said. The programme allowed [[up to 30,000 people a
month|capacity]] to fly in with a US sponsor, and the department said it received [[more than 1.5
million applications|other;u=other;a=the department;alt=the Department of Homeland Security]].
Haitians were the largest group, with [[more than 210,000|displaced]], followed by [[about 117,000
Venezuelans|displaced]]. In {{April 2025}}, [[thousands of parolees|returned;p]] received emails
ordering them to leave the country within {{seven days}}. Parole had been granted for {{two years}}.
""",
)

item(
    "CBP One, from launch to shutdown",
    """
CBP One launched as an appointment tool for asylum seekers on {{January 12, 2023}}, and became the
main legal way to approach the border after {{Title 42}} ended on {{May 11, 2023}}. A rule that took
effect the next day barred asylum for those who crossed illegally without first seeking protection
elsewhere, with a {{five-year}} ban on re-entry for people removed. A presidential proclamation
under {{Section 212(f)}} in {{June 2024}} tightened the rules again. The app stopped scheduling
appointments at {{12:01 pm}} on {{January 20, 2025}}, and in {{March 2025}} it was relaunched as CBP
Home, for people wishing to leave.
""",
)

item(
    "Poll: Americans split on border policy",
    """
A Gallup poll published on {{July 11, 2024}} found that {{55%}} of Americans wanted immigration
reduced, up from {{41%}} a year earlier and the highest share since {{2001}}. Among Republicans the
share was {{88%}}, among Democrats {{39%}}. The survey, conducted between {{June 3 and 23}}, has a
margin of error of {{four percentage points}}. Respondents aged {{18 to 34}} were the least likely to
back cuts.
""",
)
