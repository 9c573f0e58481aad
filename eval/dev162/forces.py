"""Force sizes, mobilisation, recruitment, conscription and standing deployments (10
articles, all with figures)."""

from _wrap import item

item(
    "Putin orders army to grow by 180,000 troops to 1.5 million",
    """MOSCOW, {{Sept 16}} (Reuters) - President Vladimir Putin has ordered the armed forces to
    increase the number of troops by [[180,000|combatants;p;a=a decree]] to [[1.5
    million|combatants;p;v=1500000;a=a decree]], making Russia's military the second largest in the
    world after China's, according to a decree published on Monday. The decree, which takes effect
    on {{December 1}}, sets the total number of personnel, including civilian staff, at [[2.39
    million|combatants;p;v=2390000]]. It is the third such order since the invasion of Ukraine.
    Russia called up [[about 300,000 reservists|combatants]] in {{September 2022}} and has since
    relied on volunteers lured by signing bonuses of up to {{2 million roubles}}. Putin said in June
    that [[about 700,000 troops|combatants;a=Putin]] were taking part in what Moscow calls its
    special military operation.""",
)

item(
    "Zelensky signs law lowering mobilization age to 25",
    """President Volodymyr Zelensky on {{April 2}} signed a law lowering the minimum age at which
    men can be mobilized {{from 27 to 25}}, a measure that had stalled in parliament for nearly a
    year. Valerii Zaluzhnyi, then commander-in-chief, said in December that the military wanted to
    mobilize [[450,000 to 500,000 more people|combatants;p;a=Valerii Zaluzhnyi]]. His successor,
    Oleksandr Syrskyi, has since said the figure is lower after an audit of troops in the rear.
    Ukraine's armed forces number [[about 880,000|combatants;a=the Defense Ministry]], according to
    the Defense Ministry. Men aged {{18 to 60}} are barred from leaving the country. The ministry
    said [[over 4 million men|other;a=The ministry;alt=the Defense Ministry]] had updated their
    military registration data through its Reserve+ app, but [[hundreds of thousands of men|other]]
    have not. Border guards have caught [[more than 30,000 men|arrested;a=Border guards]] trying to
    cross the border illegally since the invasion.""",
)

item(
    "Taiwan's first one-year conscripts enter boot camp",
    """TAIPEI -- The first Taiwanese men to serve a full year of compulsory military service entered
    boot camp on Thursday, as the island restored the conscription term that was cut to {{four
    months}} in {{2013}}. [[About 1,100 conscripts|combatants;a=Taiwan's defense ministry]] reported
    for training, Taiwan's defense ministry said. The ministry expects [[about 9,000
    men|combatants;p;a=The ministry;alt=Taiwan's defense ministry]] to be drafted this year.
    Conscripts' monthly pay will rise to {{NT$20,320}} from {{NT$6,510}}. The armed forces have
    [[about 152,000 volunteer soldiers|combatants]], short of a target of [[169,000|combatants;p]].
    China's People's Liberation Army has [[more than 2 million active personnel|combatants;a=the
    International Institute for Strategic Studies]], according to the International Institute for
    Strategic Studies.""",
)

item(
    "German cabinet approves new military service to swell Bundeswehr ranks",
    """BERLIN, {{Aug 27}} (Reuters) - Germany's cabinet approved a new military service law on
    Wednesday designed to bring [[tens of thousands of recruits|combatants;p]] into the armed forces
    as Europe rearms against Russia. The Bundeswehr has [[about 182,000 active soldiers|combatants]]
    and wants [[260,000|combatants;p;a=The Bundeswehr]] by the mid-{{2030s}}. From {{2026}}, every
    {{18-year-old}} man will have to fill in a questionnaire on his fitness and willingness to
    serve. Defence Minister Boris Pistorius said he hoped to recruit [[15,000
    volunteers|combatants;p;a=Defence Minister Boris Pistorius]] in the first year. If too few
    volunteer, parliament could vote to bring back compulsory service, suspended in {{2011}}. Last
    year [[about 20,000 recruits|combatants]] signed up, but a quarter of them quit within {{six
    months}}.""",
)

item(
    "Agnipath scheme: 46,000 to be recruited this year, protests turn violent in Bihar",
    """NEW DELHI: Defence Minister Rajnath Singh on Tuesday unveiled the Agnipath scheme for
    short-term recruitment, saying [[46,000 Agniveers|combatants;p;a=Defence Minister Rajnath
    Singh]] would be inducted into the Army, Navy and Air Force this year. Recruits aged {{17.5 to
    21}} will serve for {{four years}}, after which up to {{25%}} will be retained. The Army alone
    has [[about 1.25 lakh vacancies|other;u=other;v=125000]]. Protests against the scheme turned
    violent in Bihar, where [[more than a dozen trains|other;u=other]] were set on fire. [[One
    person|killed]] was killed in police firing at Secunderabad railway station. Railways cancelled
    [[over 350 trains|other;u=other;a=officials]], and police in Bihar arrested [[more than 300
    people|arrested;a=officials]], officials said.""",
)

item(
    "South Korea's military shrinks to 450,000 as births plunge",
    """SEOUL -- South Korea's armed forces have shrunk to [[about 450,000 troops|combatants;a=South
    Korea's Defense Ministry]], down from [[690,000|combatants;a=South Korea's Defense Ministry]] in
    {{2006}}, South Korea's Defense Ministry said in a report on Monday, as the world's lowest birth
    rate thins the pool of young men. The army is short of [[about 21,000 noncommissioned
    officers|combatants;a=the report;alt=South Korea's Defense Ministry]], the report said. North
    Korea has [[about 1.28 million active troops|combatants;v=1280000;a=Seoul]], by Seoul's
    estimate, and [[about 28,500 U.S. troops|combatants]] are stationed in the South. The country's
    fertility rate fell to {{0.72}} in {{2023}}, and the number of men {{turning 20}} is expected to
    drop [[below 200,000|civilians;p;q=at_most]] by {{2040}}.""",
)

item(
    "IDF to send draft orders to 3,000 ultra-Orthodox men",
    """The IDF will begin sending draft orders to [[3,000 ultra-Orthodox men|combatants;p]] next
    week, the first since the High Court ruled {{9-0}} in June that the state must draft yeshiva
    students. The military said it needs [[about 10,000 more soldiers|combatants;p;a=The military]]
    to ease the burden on reservists, many of whom have served more than {{200 days}} since
    {{October 7}}. [[Some 63,000 yeshiva students|other]] of draft age hold exemptions, while
    [[about 1,200|combatants]] Haredi men enlisted last year. [[More than 300,000 reservists|
    combatants]] have been called up since the war began, and [[some 690 soldiers|killed]] have been
    killed.""",
)

item(
    "Sahel juntas unveil 5,000-strong joint force",
    """NIAMEY -- Mali, Burkina Faso and Niger will launch a joint force of [[5,000
    soldiers|combatants;p;a=Niger's defence minister Salifou Mody]] in the coming weeks, Niger's
    defence minister Salifou Mody said on Tuesday. The three military-led countries left ECOWAS in
    January and formed the Alliance of Sahel States. Jihadist violence killed [[more than 7,600
    people|killed;a=ACLED]] in the three countries last year, according to ACLED. Burkina Faso has
    also recruited [[about 90,000 civilian volunteers|combatants]] into its VDP militia. [[More than
    2 million people|displaced]] are displaced inside Burkina Faso alone. Niger's own army numbers
    [[about 30,000|combatants]].""",
)

item(
    "Mexican Guard troops reach US border under tariff deal",
    """MEXICO CITY (AP) — Mexican National Guard troops began arriving at the U.S. border on
    Wednesday, part of [[10,000|combatants;p;a=President Claudia Sheinbaum]] that President Claudia
    Sheinbaum said she would send to stem the flow of fentanyl and migrants. Border Patrol
    apprehended [[about 29,000 migrants|arrested]] at the southwest border in January. The U.S. has
    [[about 1,500 active-duty troops|combatants]] on its side of the {{3,100-kilometer}} border.
    Last week Mexico handed over [[29 cartel figures|arrested]] to U.S. authorities. Sheinbaum said
    Mexican forces had seized [[more than 1,000 guns|other;a=Sheinbaum]] in {{three months}}.""",
)

item(
    "Britain to build up to 12 attack submarines, six munitions factories",
    """LONDON, {{June 2}} (Reuters) - Britain will build [[up to 12 new attack
    submarines|other;u=other;p;a=the government]] under its AUKUS pact with the United States and
    Australia and open [[six munitions factories|other;u=structure;p;a=the government]], the
    government said on Monday, as it published a defence review warning of a new era of threat. It
    will also buy [[up to 7,000 long-range weapons|other;p]] and [[12 F-35A jets|other;u=other;p]]
    able to carry nuclear bombs. The regular army numbers [[about 70,000|combatants]], its smallest
    since the Napoleonic era, and the government wants to raise that to [[76,000|combatants;p;a=the
    government]] after the next election. Defence spending will reach {{2.5%}} of GDP by
    {{2027}}.""",
)
