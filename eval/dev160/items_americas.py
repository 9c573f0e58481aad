"""The Americas: candidates killed in Mexico and Colombia, Honduras's curfew, Bolivia's two
crises, Venezuela's arrests, Brasilia and the US Capitol, the Butler rally, Ecuador, Peru,
Haiti's assassinated president and Nicaragua (13 articles with figures), and the results of
Mexico and Chile (2 without)."""

from _wrap import item

item(
    "Mayoral candidate shot dead at first campaign event in Guanajuato",
    """A mayoral candidate for the ruling Morena party in Celaya, Guanajuato, was shot dead on
    Monday minutes into the first event of her campaign, as she walked through a neighbourhood
    handing out leaflets. [[Two other people|injured;a=the state prosecutor's office]] were
    wounded, the state prosecutor's office said. According to the consultancy Integralia, [[at
    least 34 candidates and hopefuls|killed;a=the consultancy Integralia;n=candidates and
    hopefuls]] have been murdered since the campaign began in September. The federal government
    said [[more than 500 candidates|other;a=The federal government]] had asked for protection
    and [[about 250|other;a=The federal government]] were being guarded by the National Guard.
    [[Two council candidates|missing]] in Michoacan have not been seen since March. The {{June
    2}} elections will fill {{more than 20,000 posts}}, from the presidency to town councils,
    and [[some 27,000 National Guard troops|combatants;p]] will be deployed on election day.""",
)

item(
    "Honduras imposes curfew as vote count protests turn deadly",
    """Honduras imposed a {{10-day}} dusk-to-dawn curfew on Friday after [[at least three
    people|killed]] were killed in protests over the slow count of last Sunday's presidential
    election. The national human rights commission, CONADEH, later said [[14
    people|killed;a=The national human rights commission]] had died in the unrest, among them
    [[two teenagers|killed;a=The national human rights commission]]. Police said [[more than
    100 people|arrested;a=Police]] had been detained for looting, and protesters burned [[at
    least 20 vehicles|other]] on the road to San Pedro Sula. The curfew runs from {{6 p.m.}} to
    {{6 a.m.}}, but [[up to 600 officers|combatants]] of an elite police unit refused on Monday
    to enforce it. With {{94.3 percent}} of ballots counted, President Juan Orlando Hernandez
    led with {{42.92 percent}} against {{41.42 percent}} for Salvador Nasralla, a margin of
    {{about 50,000 votes}}.""",
)

item(
    "Bolivia's crisis: IACHR counts 23 dead since the election",
    """The Inter-American Commission on Human Rights (IACHR) said on Monday that [[at least 23
    people|killed;a=The Inter-American Commission on Human Rights (IACHR)]] have died in
    Bolivia since the {{October 20}} election and [[more than 700|injured;a=The Inter-American
    Commission on Human Rights (IACHR)]] have been injured. [[Nine people|killed;a=the
    Ombudsman's Office]] were killed when police and soldiers fired on coca growers marching
    from Sacaba on Friday, according to the Ombudsman's Office. Police have arrested [[more
    than 1,000 people|arrested]] since the protests began, and the interim government flew [[60
    tonnes|aid]] of food into La Paz after blockades emptied its markets. Evo Morales, who had
    claimed a {{fourth term}} with {{47.08 percent}}, resigned and flew to Mexico. The IACHR
    criticised {{Decree 4078}}, which exempts soldiers from criminal liability, and warned that
    [[10 more deaths|killed]] at the Senkata fuel plant in El Alto on Tuesday could amount to a
    massacre.""",
)

item(
    "Bolivian general arrested after troops storm palace",
    """Armored vehicles rammed the doors of Bolivia's government palace in La Paz on Wednesday
    in what President Luis Arce called an attempted coup, before the general who led it was
    arrested on live television. [[Hundreds of soldiers|combatants]] and [[three tanks|other]]
    had taken up positions in Plaza Murillo for about {{three hours}}. Interior Minister
    Eduardo del Castillo said [[17 people|arrested;a=Interior Minister Eduardo del Castillo]]
    had been detained, including [[two former commanders|arrested;a=Interior Minister Eduardo
    del Castillo]], and that [[12 people|injured;a=Interior Minister Eduardo del Castillo]] had
    been hit by pellets. Arce, {{60}}, was elected in {{2020}} with {{55 percent}} of the vote.""",
)

item(
    "Maduro says 2,229 detained after Venezuela election protests",
    """President Nicolas Maduro said on Saturday that [[2,229 people|arrested;a=President
    Nicolas Maduro]] had been detained in protests against his disputed re-election, and
    promised to send them to [[two maximum-security prisons|other;u=structure;p;a=President
    Nicolas Maduro]]. Rights group Foro Penal has documented [[at least 1,581 political
    prisoners|arrested;a=Rights group Foro Penal]], among them [[more than 100
    minors|arrested;a=Rights group Foro Penal]], and says [[24 people|killed;a=Rights group
    Foro Penal]] were killed in the protests. The electoral council declared Maduro the winner
    with {{51.2 percent}} but has not published a breakdown. The opposition says it collected
    [[more than 24,000 tally sheets|other;u=other;a=The opposition]], from about {{83 percent}}
    of voting machines, showing that its candidate won {{67 percent}}. Colombian migration
    officials say [[2,000 to 3,000 Venezuelans a day|displaced;a=Colombian migration officials]]
    have crossed the border since the vote.""",
)

item(
    "Police detain 1,500 after Bolsonaro supporters storm Brasilia",
    """Brazilian police detained [[about 1,500 people|arrested;a=the justice ministry]] after
    supporters of former president Jair Bolsonaro stormed Congress, the Supreme Court and the
    presidential palace in Brasilia on Sunday, the justice ministry said. [[More than 1,200 of
    them|arrested;n=-]] were taken from a protest camp outside army headquarters to a federal
    police academy. [[Forty-four police officers|injured;a=the Federal District government]]
    were injured, according to the Federal District government. Investigators say [[more than
    100 buses|other;a=Investigators]] brought rioters to the capital. [[About 600 of those
    detained|arrested;n=-]], most of them elderly people and mothers with children, were
    released on humanitarian grounds the next day. Lula, {{77}}, had taken office {{a week}}
    earlier after winning {{50.9 percent}} of the vote in the {{October 30}} run-off.""",
)

item(
    "Capitol riot cases: more than 1,500 charged",
    """{{More than four years}} after a mob stormed the US Capitol on {{January 6, 2021}}, the
    Justice Department had charged [[more than 1,500 people|arrested;a=the Justice Department]]
    in connection with the attack, and [[more than 1,000 of them|arrested;n=-;a=the Justice
    Department]] had pleaded guilty. [[About 140 police officers|injured]] were injured that
    day, and [[five people|killed]] died during or soon after it. The rioters tried to stop
    Congress from certifying Joe Biden's {{306 electoral votes}}. President Donald Trump
    pardoned [[about 1,500 defendants|arrested]] on his first day back in office and commuted
    the sentences of [[14 others|arrested]].""",
)

item(
    "Gunman fires on Trump rally in Pennsylvania",
    """A gunman fired [[eight rounds|other;a=investigators]] from a rooftop at a Donald Trump
    rally in Butler, Pennsylvania, on Saturday, investigators said, killing [[one
    spectator|killed;a=investigators]] and critically wounding [[two
    others|injured;a=investigators]]. Trump, {{78}}, was grazed on the ear. A Secret Service
    counter-sniper killed the {{20-year-old}} gunman, who had climbed onto a building about
    {{130 meters}} from the stage. [[About 15,000 people|other;a=organizers]] had attended the
    rally, organizers said. The Secret Service later said [[six agents|other;a=The Secret
    Service]] had been placed on leave.""",
)

item(
    "Ecuador presidential candidate shot dead after Quito rally",
    """Ecuadorean presidential candidate Fernando Villavicencio was shot dead as he left a
    rally in Quito on Wednesday, and [[nine other people|injured;a=the attorney general's
    office]], including a congressional candidate and [[two police officers|injured;a=the
    attorney general's office]], were wounded, the attorney general's office said. [[One
    suspect|killed]] died in a shootout with security guards, and police later arrested [[six
    Colombian men|arrested]]. President Guillermo Lasso declared a {{60-day}} state of
    emergency but said the {{August 20}} vote would go ahead. Villavicencio, {{59}}, had been
    polling about {{7.5 percent}}. [[Some 100,000 police and soldiers|combatants;p;n=police and
    soldiers]] will be deployed on election day.""",
)

item(
    "Armed groups shadow Colombia's regional elections",
    """The Electoral Observation Mission (MOE) recorded [[more than 370
    acts|other;u=other;a=The Electoral Observation Mission (MOE)]] of political violence
    against candidates and officials in the year before Sunday's regional elections,
    [[29|killed;a=The Electoral Observation Mission (MOE)]] of them killings. [[Eight
    candidates|killed]] were among the dead, and the ELN kidnapped [[two candidates|kidnapped]]
    in Arauca in August. The mission said armed groups prevented open campaigning in [[about
    100 municipalities|other;u=other;a=The mission]] in Cauca, Arauca and Norte de Santander.
    The government deployed [[some 300,000 police and soldiers|combatants;n=police and
    soldiers]] for the vote, in which {{38.8 million}} Colombians were eligible to choose
    governors for {{32 departments}} and {{1,102 mayors}}.""",
)

item(
    "Seventeen killed in Juliaca as Peru protests resume",
    """[[Seventeen people|killed;a=the Ombudsman's Office]] were killed in clashes between
    protesters and security forces in the southern Peruvian city of Juliaca on Monday,
    according to the Ombudsman's Office, the deadliest day since the ousting of President Pedro
    Castillo on {{December 7}}. The toll since the protests began has risen to
    [[46|killed;a=the office;alt=the Ombudsman's Office]], the office said. [[More than 80
    police officers|injured]] have been injured, and protesters are maintaining [[more than 100
    roadblocks|other;u=other]] in the south. [[Some 400 tourists|displaced]] stranded at Machu
    Picchu were evacuated by train on Sunday. The government announced a {{three-day}} curfew
    in Puno from {{8 p.m.}} Protesters are demanding the resignation of President Dina
    Boluarte, {{60}}, and elections before {{2024}}.""",
)

item(
    "Haitian President Moise assassinated at his home",
    """Haitian President Jovenel Moise was assassinated at his private residence in
    Port-au-Prince early on Wednesday by a commando of [[28 men|combatants;a=police]], police
    said. Moise, {{53}}, was struck by [[12 bullets|other]], and his wife was wounded. Police
    killed [[three suspects|killed;a=Police]] and arrested [[18|arrested;a=Police]], police
    said on Thursday. Haiti had been due to hold presidential and legislative elections in
    {{September}}, after the terms of most lawmakers expired in {{January 2020}}. Colombian
    officials said [[at least 17 of the men|combatants;a=Colombian officials]] were retired
    soldiers of their army. [[Two of the suspects|arrested]] held in Port-au-Prince are US
    citizens of Haitian origin. The interim government declared a {{15-day}} state of siege.""",
)

item(
    "Nicaragua arrests seventh presidential hopeful",
    """Nicaraguan police on Saturday arrested another opposition figure seeking to challenge
    President Daniel Ortega in the {{November 7}} election, bringing to [[seven|arrested]] the
    number of presidential hopefuls detained in recent weeks. In all, [[more than 20 opposition
    figures|arrested]] are being held. Ortega, {{75}}, is seeking a {{fourth consecutive
    term}}. A crackdown on protests in {{2018}} killed [[more than 300 people|killed;a=the
    Inter-American Commission on Human Rights]], according to the Inter-American Commission on
    Human Rights, and [[more than 100,000 Nicaraguans|displaced]] have fled into exile, mostly
    to Costa Rica. Rights groups say [[about 180 political prisoners|arrested;a=Rights groups]]
    remain behind bars.""",
)

item(
    "Sheinbaum elected Mexico's first woman president",
    """Claudia Sheinbaum, {{61}}, won Mexico's presidential election by a landslide, with
    between {{58.3}} and {{60.7 percent}} of the vote according to the electoral institute's
    quick count. Xochitl Galvez, the opposition candidate, had between {{26.6}} and {{28.6
    percent}}. Turnout was around {{61 percent}}. The ruling coalition was on course for a
    {{two-thirds}} majority in the lower house, enough to change the constitution. Sheinbaum
    takes office on {{October 1}} for a {{six-year term}}, the first woman to lead the country
    in its {{200 years}} as a republic.""",
)

item(
    "Boric, 35, wins Chile's presidency",
    """Leftist former student leader Gabriel Boric won Chile's presidential run-off on Sunday
    with {{55.9 percent}} of the vote, beating far-right candidate Jose Antonio Kast, who took
    {{44.1 percent}}. Boric, {{35}}, will be the youngest president in Chile's history when he
    takes office on {{March 11}}. He received {{more than 4.6 million votes}}, the most ever
    for a Chilean candidate, and turnout rose to {{55.6 percent}}, the highest since voting
    became voluntary in {{2012}}. The peso gained {{2 percent}} on Monday.""",
)
