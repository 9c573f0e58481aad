"""dev32 figures items: politics, economy and sport (numbers mostly not figures). Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- politics, economy, sport

F(
    "Kenya's central bank cuts rate",
    "Kenya's central bank cut its benchmark rate by {{50 basis points}} to {{10.75%}} on Tuesday, its {{third}} cut this year. "
    "Inflation slowed to {{3.6%}} in {{September}}, the lowest since {{2010}}.",
)

F(
    "Nigeria's naira weakens",
    "The naira fell to {{1,600}} per dollar on the official market on Friday, down {{about 40%}} since {{January}}. "
    "The central bank sold {{$500 million}} to banks {{last week}} to support the currency.",
)

F(
    "Brazil wins in Santiago",
    "Brazil beat Chile {{2-1}} in Santiago on Thursday with a goal in the {{90th}} minute, moving {{three points}} clear at the top of the qualifying table. "
    "Vinícius Júnior, {{24}}, scored his {{fifth}} goal of the campaign.",
)

F(
    "Indian election: results day",
    "The Bharatiya Janata Party won {{240}} of the {{543}} seats in the lower house, short of the {{272}} needed for a majority, and will rely on allies to govern. "
    "Turnout was {{65.8%}}, the election commission said.",
)

F(
    "Ethiopia floats its currency",
    "Ethiopia let the birr float on {{July 29}}, and it lost {{nearly 30%}} of its value in a day. "
    "The IMF approved a {{$3.4 billion}} loan over {{four years}} the next day.",
)

F(
    "Cricket: Pakistan bowled out",
    "Pakistan were bowled out for {{162}} on the {{second}} day of the {{first}} Test in Rawalpindi, trailing England by {{285 runs}}. "
    "Joe Root made {{141}}.",
)

F(
    "Ghana election date set",
    "Ghana's electoral commission set the presidential and parliamentary elections for {{December 7, 2024}}. "
    "Candidates must file papers by {{September 13}} and pay a fee of {{100,000 cedis}}.",
)

F(
    "Oil prices rise after Red Sea attacks",
    "Brent crude rose {{2.3%}} to {{$79.40}} a barrel on Monday after shipping companies paused transits through the Red Sea. "
    "Freight rates from Asia to northern Europe have {{more than doubled}} since {{mid-December}}.",
)

F(
    "Senegal's president sworn in",
    "Bassirou Diomaye Faye, {{44}}, was sworn in as Senegal's {{fifth}} president on {{April 2}}, {{10 days}} after winning {{54%}} of the vote in the {{first}} round. "
    "He had been released from prison {{10 days}} before the vote.",
)

F(
    "Marathon record in Chicago",
    "Kenya's Kelvin Kiptum won the Chicago Marathon in {{2:00:35}}, breaking the world record by {{34 seconds}}. "
    "The {{23-year-old}} was running only his {{third}} marathon.",
)

F(
    "Argentina inflation slows",
    "Monthly inflation in Argentina slowed to {{2.7%}} in {{October}}, the lowest in {{nearly three years}}, the statistics agency said. "
    "Annual inflation was still {{193%}}.",
)

F(
    "South Africa load-shedding ends",
    "Eskom said it had gone {{100 days}} without power cuts, the longest run since {{2021}}, after bringing {{1,500 megawatts}} of capacity back online. "
    "Power cuts had lasted up to {{12 hours}} a day in {{2023}}.",
)

F(
    "Ukraine gets EU loan tranche",
    "The European Union paid Ukraine {{€4.2 billion}} on Tuesday, the {{first}} tranche of a {{€50 billion}} facility running until {{2027}}. "
    "The money will pay wages and pensions.",
)

F(
    "Rugby: South Africa retain World Cup",
    "South Africa beat New Zealand {{12-11}} in the final in Paris to win the World Cup for a {{fourth}} time. "
    "Handré Pollard kicked {{four}} penalties.",
)

F(
    "Nigeria minimum wage raised",
    "Nigeria's president signed a law raising the minimum wage to {{70,000 naira}} a month from {{30,000 naira}}, after a {{two-day}} general strike by unions that represent [[about 4 million workers|other]]. "
    "The new wage takes effect from {{July}}.",
)

F(
    "Strike shuts South Korean hospitals",
    "[[About 9,000 trainee doctors|other;a=the health ministry]] have walked off the job in South Korea in protest at a plan to raise medical school admissions by {{65%}}, the health ministry said. "
    "The government said it would suspend the licences of doctors who do not return by {{February 29}}.",
)

F(
    "Paris marathon crowds",
    "[[More than 54,000 runners|other;a=the organisers]] started the Paris marathon on Sunday, a record, the organisers said. "
    "Temperatures reached {{18 C}} by midday.",
)

F(
    "Mass protest in Belgrade",
    "[[Tens of thousands of people|other;a=independent monitors]] marched through Belgrade on Saturday against corruption, independent monitors said, while police put the crowd at [[about 107,000|other;a=police]]. "
    "The protest was the largest in Serbia in {{a decade}}.",
)

F(
    "Garment workers laid off in Bangladesh",
    "[[About 3,500 workers|other;a=the factory owners' association]] lost their jobs when garment factories near Dhaka closed, the factory owners' association said. "
    "Exports fell {{7%}} in the {{first quarter}}.",
)

F(
    "Election in Chad",
    "Chad's electoral agency declared Mahamat Idriss Déby the winner of the presidential election with {{61%}} of the vote. "
    "Security forces fired into the air in N'Djamena, and [[at least 10 people|injured;a=a hospital doctor]] were hurt by stray bullets, a hospital doctor said.",
)

F(
    "Tanzania opposition leader arrested",
    "Police in Tanzania arrested opposition leader Tundu Lissu and [[about 500 party members|arrested;a=his party]] before a youth rally in Mbeya, his party said. "
    "The rally was due to start at {{10 a.m.}} on {{August 12}}.",
)

F(
    "Peace talks on Sudan resume in Jeddah",
    "Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah on {{October 26}} for the {{first}} talks in {{five months}}. "
    "A previous truce agreed in {{May 2023}} lasted {{less than a week}}. "
    "The war has forced [[more than 6 million people|displaced]] from their homes.",
)

F(
    "Mozambique election disputed",
    "Mozambique's election commission said Frelimo's Daniel Chapo won {{71%}} of the vote in the {{October 9}} election. "
    "The opposition candidate, Venâncio Mondlane, said he had won {{53%}} by his own count and called a general strike for {{seven days}}. "
    "The rights group Plataforma Decide said [[at least 30 people|killed;a=The rights group Plataforma Decide;alt=Plataforma Decide]] had been shot dead by police in protests since the vote.",
)

F(
    "Colombia and ELN sign ceasefire",
    "The Colombian government and the ELN signed a {{six-month}} ceasefire in Havana on {{June 9, 2023}}, to take effect on {{August 3}}. "
    "It is the longest truce agreed with the group since talks began in {{2016}}.",
)

F(
    "Syria's interim president names cabinet",
    "Syria's interim president named a new government on {{March 29}}, {{nearly four months}} after Bashar al-Assad was toppled. "
    "The constitutional declaration sets a transition of {{five years}}.",
)

F(
    "Pakistan budget raises defence spending",
    "Pakistan's budget for the year from {{July 1}} raises defence spending by {{20%}} to {{2.55 trillion rupees}}, the finance minister told parliament, after the {{four-day}} conflict with India in {{May}}. "
    "Spending on development falls by {{about 7%}}.",
)
