"""dev433 items: Venezuela, 2018-2026 (the arrests after the election of July 2024, Foro
Penal's counts, the releases and swaps of 2024-2026, exiles and returns)."""

from _wrap import item

item(
    "Maduro says 2,229 arrested after disputed vote",
    """
CARACAS, {{Aug 3}} (Reuters) - President Nicolás Maduro said on Saturday that [[2,229
people|arrested;a=President Nicolás Maduro]] had been arrested since the disputed {{July 28}}
election, and promised to ready [[two maximum-security prisons|capacity;u=structure;p;a=President
Nicolás Maduro]] to hold them. Foro Penal, which checks each case with families and lawyers,
had registered [[1,229 political prisoners|arrested;a=Foro Penal]] by Friday, among them [[114
teenagers|arrested;a=Foro Penal]]. Provea, a rights group, said [[at least 24 people|killed;a=Provea]]
had been killed in the protests, most of them shot in poor neighbourhoods of Caracas. Tarek
William Saab, the attorney general, said [[two soldiers|killed;a=Tarek William Saab]] had died
and [[more than 90 police and troops|injured;n=police and troops;a=Tarek William Saab]] had been
hurt by what he called violent groups. Maduro said on state television that the detainees would be sent to
the Tocorón and Tocuyito prisons for "re-education."
""",
)

item(
    "Foro Penal's count of political prisoners reaches record",
    """
CARACAS - Foro Penal counted [[1,849 political prisoners|arrested;a=Foro Penal]] in Venezuela
as of {{Dec 16}}, the highest number since it began keeping records in {{2014}}. Of them,
[[1,682|arrested;n=-;a=the group;alt=Foro Penal]] are men and [[167|arrested;n=-;a=the
group;alt=Foro Penal]] women, the group said, while [[41 adolescents|arrested;a=the group;alt=Foro Penal]] remain in
juvenile detention. [[Around 170 military officers|arrested]] accused of conspiring are also
held, some since {{2018}}. Alfredo Romero, who heads the group, said [[more than 9,000
people|other;a=Alfredo Romero]] released over the past decade are still subject to court
restrictions, such as reporting to a judge every {{30 days}}. Its volunteer lawyers are
representing [[about 1,000 families|aid]] free of charge.
""",
)

item(
    "Tocuyito prison fills with post-election detainees",
    """
TOCUYITO, Venezuela - The Tocuyito prison in Carabobo state, built for [[about 750 inmates|capacity;a=relatives and lawyers]], was holding [[more than 1,100 people|arrested;a=relatives and lawyers]]
detained after the election by September, relatives and lawyers said. Tocorón, which the army
retook from the Tren de Aragua gang in {{2023}} with [[11,000 troops|combatants]], now holds
[[several hundred protesters|arrested]]. [[Four inmates|injured;a=a committee of
relatives]] were taken to hospital after guards beat them, according to a committee of
relatives. The prison service said it had added [[600 bunks|capacity;u=other;a=The prison
service]] to Tocuyito since August. [[Three detainees|killed;a=Foro Penal]] have died in custody
there, Foro Penal said. Mothers queue for up to {{12 hours}} outside the gates to hand over
food, water and medicine.
""",
)

item(
    "Venezuela frees 225 detained after protests",
    """
CARACAS, {{Nov 16}} (AFP) - Venezuelan authorities released [[225 people|arrested;a=the
attorney general's office]] detained in the post-election protests, the attorney general's
office said on Saturday, a week after Maduro asked prosecutors to review the cases. Foro Penal
said it had confirmed [[at least 131|arrested;n=-;a=Foro Penal]] of the releases, including
[[10 teenagers|arrested;a=Foro Penal]]. Tarek William Saab said [[another 300
detainees|arrested;p;a=Tarek William Saab]] could be freed in the coming weeks. Freed
prisoners must report to court every {{eight days}} and are barred from speaking to the press.
Foro Penal says [[more than 1,800|arrested;n=-;a=Foro Penal]] remain behind bars. Relatives said
[[between 150 and 200 families|other;a=Relatives]] had camped outside Tocorón waiting for news.
[[Another 26 minors|arrested;p;a=the office;alt=attorney general's office]] are due to be
released on Monday, the office said.
""",
)

item(
    "Dozens detained before Maduro's third inauguration",
    """
CARACAS - Security forces detained [[at least 42 people|arrested;a=Foro Penal]] in the {{10
days}} before Nicolás Maduro's {{third}} inauguration on {{Jan 10}}, among them campaign workers,
journalists and rights defenders, Foro Penal said. The whereabouts of [[at least
15|missing;n=-;a=the group;alt=Foro Penal]] are unknown, the group said, a practice the UN calls
enforced disappearance. Opposition leaders said [[three campaign aides|kidnapped;a=Opposition
leaders]] were snatched from a car in Chacao by hooded men and driven away. Vladimir Padrino
López, the defence minister, said [[more than 1,200 soldiers|combatants;a=Vladimir Padrino
López]] had been deployed around the National Assembly. Maduro said [[seven foreigners|arrested;a=Maduro]] accused of plotting attacks had been captured.
[[Between 30 and 40 colectivo members|combatants;a=witnesses]] on motorbikes guarded the route to
the assembly, witnesses said. Government
supporters rallied in the centre of the capital, while [[a few thousand opposition
protesters|other]] gathered in the east.
""",
)

item(
    "Americans freed, Venezuelans flown home from El Salvador in swap",
    """
CARACAS/SAN SALVADOR, {{July 18}} (Reuters) - Venezuela freed [[10 US citizens and
residents|other;n=citizens and residents;a=the two countries]] on Friday in exchange for [[252 Venezuelan
men|other;a=the two countries]] held in El Salvador, the two countries said. [[The 252|returned;n=-]] landed at
Maiquetía airport late on Friday and were greeted by Interior Minister Diosdado Cabello. They had
spent {{four months}} in CECOT, a mega-prison built to hold [[40,000 inmates|capacity]], after
the United States deported them in March. Marco Rubio, the secretary of state, said [[80
Venezuelan political prisoners|arrested;a=Marco Rubio]] had also been released as part of the
deal. Venezuelan officials said [[seven of the returnees|injured;a=Venezuelan officials]] needed
hospital treatment for what they said were beatings by guards.
""",
)

item(
    "Machado's aides escape Argentine residence after a year under siege",
    """
BUENOS AIRES - [[Five aides|displaced;a=Marco Rubio]] to Venezuelan opposition leader María
Corina Machado who had sheltered in the Argentine ambassador's residence in Caracas for more
than {{a year}} are now safe in the United States, Marco Rubio said on {{May 6}}. A {{sixth}}
had left in December. Police surrounded the residence with [[dozens of officers|combatants]]
and cut its power and water for weeks. The residence had sheltered [[up to six
people|displaced]] at a time. [[Some 500 Venezuelans|displaced;a=Spain's interior ministry]]
have applied for asylum in Spain every month since the election, Spain's interior ministry
said. Venezuelan opposition figures estimate [[more than 200
campaign workers|displaced;a=Venezuelan opposition figures]] have fled the country since the
vote. The Venezuelan Press Workers' Union said [[at least 40 journalists|displaced;a=The
Venezuelan Press Workers' Union]] had also gone into exile. Edmundo González, the opposition
candidate, has lived in Madrid since {{September 2024}}.
""",
)

item(
    "Another death in custody raises questions over post-election detainees",
    """
CARACAS - Jesús Martínez Medina, {{36}}, died in a hospital in Anzoátegui on Saturday after
{{three months}} in custody, the {{third}} person detained after the July election to die in the
hands of the state, Foro Penal said. [[At least 17 people|killed;a=Provea]] held for political
reasons have died in custody since {{2014}}, according to Provea. [[About 20
women|other]] held at La Crisálida prison began a hunger strike on Monday demanding visits.
Relatives said [[some 60 prisoners|arrested;a=Relatives]] at El Helicoide were denied medicine.
The prosecutor's office said [[two guards|arrested;a=The prosecutor's office]] had been detained over Martínez's death. Martínez had been seized at his home by [[eight
hooded agents|combatants]] in August. Doctors at the hospital said [[four other
detainees|injured;a=Doctors at the hospital]] were being treated for injuries and
dehydration.
""",
)

item(
    "Operation Tun Tun: raids, marked doors and colectivos",
    """
CARACAS - Police and military intelligence agents have raided [[hundreds of homes|housing]]
since the election in what officials call Operation Tun Tun, after the sound of a knock at the
door. Diosdado Cabello, the interior minister, said [[more than 1,000|arrested;n=-;a=Diosdado
Cabello]] had been detained in the raids. In Petare, residents said [[about 30 houses|housing;a=residents]]
were marked with a cross after their owners were seen at protests. Witnesses said [[several dozen
colectivo members|combatants;a=Witnesses]] on motorbikes fired into the air to break up a march
in Catia. The National Guard deployed [[5,000 troops|combatants]] across the capital. [[Two
neighbours|injured]] were hit by stray rounds in Catia.
Amnesty International said [[at least 12 families|displaced;a=Amnesty International]] had fled
their homes after threats.
""",
)

item(
    "UN mission documents killings, detentions of children after Venezuela vote",
    """
GENEVA - The UN Independent International Fact-Finding Mission on Venezuela said on Tuesday
that [[25 people|killed;a=The UN Independent International Fact-Finding Mission on Venezuela]]
were killed in the protests after the election, [[23 of them|killed;n=-;a=The UN
Independent International Fact-Finding Mission on Venezuela]] by gunfire. It documented [[158 children|arrested;a=UN Independent International Fact-Finding
Mission on Venezuela]] detained, some as young as {{13}}, and [[at least 9|missing;n=-;a=UN
Independent International Fact-Finding Mission on Venezuela]] whose families could not learn
where they were held. The mission estimated that [[up to 2,000 people|arrested;a=The
mission;alt=UN Independent International Fact-Finding Mission on Venezuela]] had been detained
in the first {{four weeks}}. Of those, [[between 200 and 300|arrested;n=-;a=the
mission;alt=UN Independent International Fact-Finding Mission on Venezuela]] were women, the
mission said. Security forces were supported by [[hundreds of armed
civilians|combatants;a=UN Independent International Fact-Finding Mission on Venezuela]], it said.
""",
)

item(
    "Venezuelan exodus resumes after election, UN platform says",
    """
BOGOTÁ - [[Nearly 7.9 million Venezuelans|displaced;a=R4V]] now live abroad, according to {{R4V}}, the platform led by UNHCR and IOM, up from [[about 7.7 million|displaced;n=-;a=R4V]] before
the July vote. Colombia hosts [[some 2.8 million|displaced;n=-]], the largest group. Officials in Bogotá said they expected [[at least 300,000
more|displaced;n=-;p;a=Officials in Bogotá]] by the end of {{2025}}. Surveys by
the pollster Delphos in August found {{one in four}} Venezuelans planned to emigrate. Of the
[[roughly 4 million Venezuelan
adults|civilians;a=the electoral council]] living abroad,
only [[69,189|other;n=-;a=the electoral council]] were allowed to register to vote, the
electoral council said. Aid groups in Cúcuta said [[up to 1,500 people a day|displaced;a=Aid
groups in Cúcuta]] were crossing the Simón Bolívar bridge in the weeks after the election.
""",
)

item(
    "Deportation flights bring Venezuelans home under 'Vuelta a la Patria'",
    """
CARACAS - [[More than 13,000 Venezuelans|returned;a=Diosdado Cabello]] have been flown home on
deportation flights from the United States and Mexico since {{February}}, Diosdado Cabello
said on {{June 30}}. A flight with [[178 migrants|returned]] landed at Maiquetía on Sunday, the
{{40th}} this year. Each flight carries [[between 100 and 180 people|returned]]. [[Seven|arrested;n=-;a=police]] of the returnees were detained on arrival,
accused of belonging to the Tren de Aragua gang, police said. Cabello said the government
expected to receive [[about 400 people a week|returned;p;a=Cabello]] through the end of the
year. Rights groups said [[dozens|other;n=-;a=Rights groups]] of those sent back had been
made to record videos thanking the government.
""",
)

item(
    "Families of the detained lean on churches and volunteer lawyers",
    """
BARQUISIMETO, Venezuela - Justicia, Encuentro y Perdón, a group of relatives of political
prisoners, said it had given legal advice to [[more than 600 families|aid;a=Justicia, Encuentro
y Perdón]] since August. Caritas Venezuela delivered [[2,400 food bags|aid]] to relatives
queuing outside prisons in Lara, Carabobo and Aragua, and plans to hand out [[1,500 hygiene
kits|aid;p;a=Caritas Venezuela]] next month. [[Some 200 children|aid]] of detainees were given
school supplies. The group relies on [[about 70 volunteer lawyers|other]]. [[About 300 detainees|aid;a=parish
priests]] received medicine through a church programme, parish priests said. On Sunday [[about
90 mothers|other]] marched to the cathedral carrying photographs of their sons. Many families
spend {{$40}} a week on food and transport for prison visits, roughly a month's minimum
pension.
""",
)

item(
    "Press union counts journalists jailed and outlets closed",
    """
CARACAS - The National Union of Press Workers said [[at least 18 journalists|arrested;a=The
National Union of Press Workers]] were detained in {{2024}}, and [[14|arrested;n=-;a=the
union;alt=National Union of Press Workers]] remained in jail at the end of the year. The broadcasting regulator CONATEL has shut [[more than 400 radio stations|other;u=other;a=Espacio Público]]
since {{2003}}, according to the press freedom group Espacio Público. CONATEL has ordered
[[eight more stations|other;p;u=other;a=the group;alt=Espacio Público]] to go off the air by December, the group
said. The group also counted
[[at least 61 websites|other;u=other;a=The group;alt=Espacio Público]] blocked by the state
internet provider. [[Some 15 journalists|displaced;a=the union;alt=National Union of Press
Workers]] fled the country after being threatened, the union added.
""",
)

item(
    "Venezuela says hundreds of prisoners will be freed; Foro Penal counts the first",
    """
CARACAS, {{Jan 9}} (AP) - The Venezuelan government said on Thursday it would release [[about
400 prisoners|arrested;p;a=The Venezuelan government]] as "a gesture of peace," including
foreigners and opposition politicians. By Saturday, Foro Penal had verified [[116
releases|arrested;a=Foro Penal]]. Among those freed were [[five Spaniards|arrested]]. The Italian
government said [[two Italian citizens|kidnapped;a=The Italian government]] freed the same day
had been held "as hostages" for more than {{a year}}. Foro Penal said [[more than 800|arrested;n=-;a=Foro Penal]] were still
held on political grounds. Relatives kept vigil for {{three nights}} outside El Rodeo I prison,
where [[dozens of foreign nationals|arrested]] are held.
""",
)

item(
    "Electoral council declares Maduro winner; opposition disputes",
    """
CARACAS - Venezuela's National Electoral Council declared Nicolás Maduro the winner of the
{{July 28}} election with {{51.2%}} of the vote against {{44.2%}} for Edmundo González, with
{{80%}} of the ballots counted. The opposition said its own count, based on {{83.5%}} of the
tally sheets it collected, gave González {{67%}}. The council has not published results by
polling station, as the law requires within {{48 hours}}. The Carter Center said the vote did
not meet international standards. Maduro, {{61}}, has governed since {{2013}}.
""",
)

item(
    "María Corina Machado wins the Nobel Peace Prize",
    """
OSLO, {{Oct 10}} - The Norwegian Nobel Committee awarded the {{2025}} Nobel Peace Prize to
María Corina Machado, the Venezuelan opposition leader, for "her tireless work promoting
democratic rights." Machado, {{58}}, has been in hiding since {{August 2024}}. The prize is
worth {{11 million}} Swedish crowns, about {{$1.2 million}}. She won the opposition primary in
{{October 2023}} with {{93%}} of the vote but was barred from running in the presidential
election. The award ceremony is held in Oslo on {{December 10}}.
""",
)
