"""Sinaloa: the war between the Chapitos and the Mayiza, Culiacán, the troops, the displaced."""

from _wrap import item

item(
    "Sinaloa war toll passes 1,400, prosecutors say",
    """
The fighting between the Chapitos and the Mayiza faction of the Sinaloa Cartel has left
[[1,412 people|killed;a=the state prosecutor's office]] dead in Sinaloa since
{{September 9, 2024}}, the state prosecutor's office said on Tuesday. [[Another 1,780|missing;a=the
state prosecutor's office]] have been reported missing over the same {{13 months}}, it said.
Defence Secretary Ricardo Trevilla said [[more than 11,000 soldiers|combatants;a=Defence
Secretary Ricardo Trevilla]] and [[2,400 National Guard officers|combatants;a=Defence Secretary
Ricardo Trevilla]] were now deployed in the state. He told the morning press conference that
troops had arrested [[1,893 suspects|arrested;a=Defence Secretary Ricardo Trevilla]] and seized
[[2,210 firearms|other;a=Defence Secretary Ricardo Trevilla]] since the war began. Business
chambers in Culiacán put losses at {{40 billion pesos}}.
""",
)

item(
    "Families leave the Sinaloa highlands as gunmen burn homes",
    """
[[About 300 families|displaced;a=the Sinaloa civil protection office]] have fled the
mountain communities of Concordia and San Ignacio in the past fortnight, the Sinaloa civil
protection office said. Residents said gunmen burned [[at least 40 homes|housing]] in El Verde
and La Petaca. The state set up [[four shelters|capacity;a=the state]] in Mazatlán and Concordia
that the state says can take in [[up to 1,200 people|capacity;a=the state]]. [[A dozen
soldiers|combatants]] escorted the first convoy down Federal Highway {{Mex-40}} on {{Thursday}}.
"We left with the clothes on our backs," said Rosario, {{52}}, who reached Mazatlán with her
[[five grandchildren|displaced]].
""",
)

item(
    "Culiacán schools shut as gunfights spread",
    """
Sinaloa's education ministry closed [[312 schools|other;a=Sinaloa's education ministry]] in
Culiacán on Monday after a night of gunfights in the Tierra Blanca and Las Quintas districts.
[[About 85,000 pupils|other;a=the ministry]] were told to stay home, the ministry said. State police said
[[seven people|killed;a=State police]] were killed and [[11 others|injured;a=State police]]
wounded, [[four of them|injured;a=State police;n=-]] police officers. Soldiers detained
[[three men|arrested]] carrying rifles near the {{Humaya}} river. Culiacán has had classes
interrupted on {{23 days}} this school year.
""",
)

item(
    "Soldiers killed in Culiacán ambush",
    """
[[Four soldiers|killed;a=the Defence Ministry]] were killed and [[six|injured;a=the Defence
Ministry]] wounded when gunmen ambushed an army patrol on the outskirts of Culiacán, the Defence
Ministry said in a statement on {{Saturday}}. The patrol of [[30 troops|combatants]] was hit
with explosives dropped from a drone and with {{.50-calibre}} rifle fire, the ministry said.
The attackers fled in [[about a dozen pickups|other;a=the ministry;alt=the Defence Ministry]], it said. Since the war
began in {{2024}}, [[at least 62 soldiers and National Guard officers|killed;a=the newspaper El
Universal]] have been killed in Sinaloa, according to a tally by the newspaper El Universal.
The wounded were flown to Mexico City in [[two air force planes|other;u=other;n=planes]].
""",
)

item(
    "Mayiza leader arrested in Navolato raid",
    """
Federal forces arrested [[14 suspected members|arrested;a=the Security Cabinet]] of the Mayiza
faction in a raid on a ranch in Navolato, the Security Cabinet said on {{Wednesday}}, among
them a man it named as a regional commander. [[Two gunmen|killed;a=the cabinet;alt=the Security Cabinet]]
were killed in the shootout, the cabinet said. Troops freed [[three men|kidnapped]] who had been held at the ranch for ransom. The operation involved
[[about 200 soldiers|combatants]] and [[two helicopters|other]]. Security Minister Omar García
Harfuch said on X that the arrests were the {{fourth}} blow against the faction this month.
Residents said [[about 60 families|displaced;a=Residents]] had left the ranch's surroundings.
[[As many as 70 gunmen|combatants;a=intelligence reports]] answer to the commander, according to intelligence reports.
""",
)

item(
    "Sinaloa's displaced count grows past 4,000",
    """
[[More than 4,000 people|displaced;a=the National Human Rights Commission]] have been forced
from their homes across {{nine}} municipalities of Sinaloa since the war between the factions
began, the National Human Rights Commission said in a report published on Thursday. The
commission counted [[1,137 families|displaced;a=The commission;alt=the National Human Rights
Commission]] living with relatives in Culiacán, Mazatlán and Los Mochis. [[Dozens of
communities|displaced;u=other]] in the sierra of Badiraguato, Tamazula and Cosalá are now empty.
The report said [[only 215 people|returned;a=The report]] had returned home. "The state has not
guaranteed even the minimum," it said.
The commission said [[more than 30 schools|other]] in the sierra had closed and
[[1,500 children|civilians;a=The commission;alt=the National Human Rights Commission]] had no classes. [[About 2,500 aid
parcels|aid]] have been handed out.
""",
)

item(
    "Bodies dumped near Culiacán stadium",
    """
Police found [[the bodies of 16 men|killed;a=the state prosecutor's office;n=bodies]] in a van
and on a roadside near a Culiacán football stadium on Monday, the state prosecutor's office
said. [[Five of the victims|killed;a=the state prosecutor's office]] had been reported missing
by their families in recent days, it said. Sombreros were placed on the heads of several of
the bodies, a message attributed by investigators to one of the factions. The killings bring
the toll in Sinaloa this month to [[148|killed;a=state data]], according to state data. No
arrests have been announced.
Across the state, [[about 40 families|displaced;a=the state's victims' commission]] have asked for
protection after receiving threats, the state's victims' commission said. Its shelter in Culiacán,
built for [[60 people|capacity]], now houses [[83|displaced;n=-]].
Police later found [[a dozen more bodies|killed]] in Navolato.
""",
)

item(
    "National Guard reinforcements land in Mazatlán",
    """
[[A further 600 National Guard officers|combatants;a=the Defence Ministry]] arrived in Mazatlán
on Sunday, the Defence Ministry said, bringing the federal force in Sinaloa to [[about 12,500
troops|combatants;a=the Defence Ministry]]. The deployment follows a week in which
[[22 people|killed]] were killed in the port city, which is visited by {{2.7 million}} tourists
a year. The ministry said [[another 400 special forces troops|combatants;a=The ministry;alt=the
Defence Ministry;p]] would be sent next month. Hotels reported occupancy down to {{41%}}.
Mazatlán's mayor said [[35 businesses|housing;u=structure;a=Mazatlán's mayor]] had been set on fire
and [[about 120 families|displaced;a=Mazatlán's mayor]] from the Juárez neighbourhood had left.
[[Eight suspects|arrested]] are in custody.
""",
)

item(
    "Kidnappings on the Culiacán-Mazatlán highway",
    """
Armed men have stopped vehicles on the Culiacán-Mazatlán highway and taken
[[at least 38 people|kidnapped;a=the Sinaloa Commission for the Defence of Human Rights]] this
year, the Sinaloa Commission for the Defence of Human Rights said. [[Nineteen of them|returned;
a=the Sinaloa Commission for the Defence of Human Rights;n=-]] were later released, the commission
said, while [[the bodies of seven|killed;n=bodies;a=the commission]] have been found and the rest
remain missing. Truckers' associations said [[around 150 lorries|other;a=Truckers'
associations]] had been robbed or burned. The federal government has promised
[[80 checkpoints|other;a=The federal government;p]] along the {{218-kilometre}} road.
[[Around 20 families|displaced;a=the commission;alt=the Sinaloa Commission for the Defence of Human Rights]] of kidnap victims
have left the state, the commission said.
Bus companies said they had cancelled [[about 40 trips|other;a=Bus companies]] a day.
""",
)

item(
    "Farmers quit El Rosario as Chapitos advance",
    """
In the southern municipality of El Rosario, [[some 1,500 residents|displaced;a=Mayor Claudia
Valdez]] have left [[11 villages|displaced]] in the foothills, Mayor Claudia Valdez said on
Friday. She said [[about 90 of them|civilians;n=-]] were elderly people who refused to leave and
were now cut off. The municipality is housing [[260 people|displaced;a=The municipality]] in a
sports hall and [[two churches|capacity]]. The state government delivered
[[2,000 food parcels|aid;a=The state government]] and [[500 mattresses|aid]] last week, it said.
The mango harvest, worth {{300 million pesos}} a year, is rotting on the trees.
""",
)

item(
    "Police killed in Sinaloa since the war began",
    """
[[Fifty-three police officers|killed;a=the civil society group Causa en Común]] have been killed
in Sinaloa since the factions of the cartel went to war, the civil society group Causa en Común
said in its annual count. [[Thirty-one|killed;a=the group;alt=Causa en Común]] were municipal police and the rest
state officers, the group said, making Sinaloa the state with the {{second}} highest number of
police killed in {{2025}}. In Culiacán, [[at least 120 officers|other]] have
resigned. The state has hired [[400 new recruits|combatants]] from other states, who earn
{{18,000 pesos}} a month.
Nationally, [[340 police officers|killed;a=Causa en Común]] were killed in {{2025}}, Causa en Común
said, and [[about 90|injured;a=Causa en Común]] were wounded in attacks in Sinaloa alone.
[[Several dozen officers|missing;a=the group;alt=Causa en Común]] are missing, the group said.
""",
)

item(
    "Culiacán market vendors count losses after cartel fire",
    """
A fire set by gunmen destroyed [[about 70 stalls|housing;u=structure]] in a Culiacán market
overnight, the city fire department said. Firefighters evacuated [[more than 200 people|displaced;a=the department;alt=the city fire department]] from [[nine nearby homes|housing]], the department said, adding
that [[three|injured;a=the department;alt=the city fire department]] were treated for smoke inhalation. No one was killed.
Vendors said the blaze began at {{2:40 am}} after men in [[two pickups|other]] threw petrol
bombs.
The city said [[about 250 vendors|other;a=The city]] had lost their stalls and would receive
{{15,000 pesos}} each.
""",
)

item(
    "Hundreds rally in Culiacán for peace",
    """
[[Hundreds of people|other]] dressed in white marched through Culiacán on Sunday demanding an
end to the violence, {{one year}} after the war between the factions began. Organisers said
[[about 5,000|other;a=Organisers]] took part; the city put the crowd at [[2,300|other;a=the
city]]. Marchers carried photos of [[more than 100 missing relatives|missing]]. Bishop Jesús José
Herrera said in a homily that the city had lost "its children and its peace".
Since the war began, [[about 1,600 families|displaced;a=Bishop Jesús José Herrera]] from the city
have moved to other states, Bishop Jesús José Herrera said. The diocese's soup kitchens serve
[[1,200 meals a day|aid;a=The diocese]], it said.
Police counted [[two dozen people|arrested;a=Police]] detained for vandalism.
""",
)

item(
    "Sinaloa mothers search for the missing in Navolato fields",
    """
The collective Sabuesos Guerreras said on Saturday it had found [[23 clandestine graves|other;
u=other;a=The collective Sabuesos Guerreras]] in a sugar-cane field in Navolato since {{March}}.
From them forensic teams have recovered [[31 bodies|killed;a=forensic teams]], the collective
said. [[Only eight|killed]] have been identified. The group, founded in
{{2018}} by Reyna Rodríguez, has [[about 140 members|other;a=The group]], almost all of them
mothers of the disappeared. They search on Saturdays, guarded by [[four police officers|other]].
Navolato has [[412 people|missing;a=the state's search commission]] registered as missing,
according to the state's search commission.
""",
)

item(
    "Sinaloa's year of war, in figures",
    """
[[1,735 people|killed]] killed and [[2,012|missing]] reported missing. [[1,893 people|arrested]]
arrested. [[About 6,000|displaced]] forced from their homes. [[140 schools|other]] still closed.
These are the numbers of Sinaloa's {{first}} year of war, compiled by the newspaper Noroeste from
state and federal data. The figures do not count people killed in neighbouring Sonora, Durango
and Chihuahua.
[[More than 400 homes|housing]] burned or abandoned.
""",
)

item(
    "Sinaloa's budget bets on security",
    """
Sinaloa's congress approved a {{2026}} budget on Thursday that raises security spending by
{{23%}} to {{6.1 billion pesos}}. Governor Rubén Rocha Moya said the money would pay for
{{a fifth}} police academy and for cameras along {{1,200 kilometres}} of highway. The opposition
PAN called it "{{10 years}} too late". Tourism to Mazatlán fell {{17%}} in {{2025}}.
""",
)

item(
    "Culiacán court hears Chapitos case",
    """
A federal judge in Culiacán on {{14 October}} adjourned until {{2027}} the trial of a man
accused of leading a Chapitos cell. Prosecutors asked for {{60 years}} in prison. The accused,
aged {{34}}, was arrested in {{2024}} on Federal Highway {{15}}. The hearing lasted
{{six hours}}.
""",
)
