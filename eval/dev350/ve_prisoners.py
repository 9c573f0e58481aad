"""Political prisoners, detentions, releases, disappearances and exchanges."""

from _wrap import item

item(
    "Foro Penal counts more than 1,900 political prisoners",
    """
Foro Penal said on {{November 4, 2024}} that it had verified [[1,963 political prisoners|arrested;a=Foro Penal]], the
highest number it has recorded since it began counting in {{2014}}. Among them were
[[1,734 men|arrested;a=Foro Penal]] and [[229 women|arrested;a=Foro Penal]], as well as [[69 adolescents|arrested;a=Foro Penal]] aged
{{14 to 17}}. The group said [[164 members of the military|arrested;a=The group;alt=Foro Penal]] were held on political charges. Its
director, Alfredo Romero, said [[more than 18,000 people|arrested;a=Its director, Alfredo Romero]] had been arbitrarily
detained for political reasons over the past decade. "Every number is a name," he said.
It said [[around 9,000 people|arrested;a=It;alt=Foro Penal]] still faced restrictions such as reporting to court.
""",
)

item(
    "Government frees 110 under presidential pardon",
    """
Communications Minister Jorge Rodríguez read out a list of [[110 people|arrested;a=Communications Minister Jorge Rodríguez]]
pardoned by President Nicolás Maduro on {{August 31, 2020}}, among them [[26 lawmakers|arrested;a=Communications Minister Jorge Rodríguez]]
and their aides. Foro Penal said only [[about 50|arrested;a=Foro Penal]] of those named had actually been in prison;
the others faced charges or lived in exile. The group said [[more than 330 political prisoners|arrested;a=The group;alt=Foro Penal]]
remained behind bars after the pardons. Opposition leader Juan Guaidó called the releases a manoeuvre ahead of
{{December}}'s legislative vote.
Among those released from prison were [[seven|arrested;a=the foreign ministry]] held at the Helicoide, the foreign ministry said, and [[three journalists|arrested;a=the foreign ministry]]. The pardon also covered [[some 30 exiles|displaced;a=the foreign ministry]] living abroad, it said.
""",
)

item(
    "Ten Americans freed in exchange for Maduro ally",
    """
Venezuela freed [[10 Americans|arrested;a=the White House]], the White House said on {{December 20, 2023}}, in exchange for Alex Saab, a
businessman close to President Nicolás Maduro. Caracas also released [[20 Venezuelan political prisoners|arrested]]
as part of the deal, and handed over Leonard Francis, a fugitive defence contractor. [[Six|arrested;a=US officials]] of the Americans
had been designated as wrongfully detained, US officials said. A Venezuelan statement said the government had
[[no more than 12 foreigners|arrested;q=at_most;a=A Venezuelan statement]] in custody on any charge. Foro Penal said
[[about 270 political prisoners|arrested;a=Foro Penal]] remained.
The US had earlier freed [[two nephews|other;a=Washington]] of Maduro's wife in exchange for [[seven Americans|arrested;a=Washington]] in {{October 2022}}, Washington said.
""",
)

item(
    "Migrants sent to El Salvador flown home in prisoner swap",
    """
[[The 252 Venezuelans|returned;a=Interior Minister Diosdado Cabello]] held since {{March}} in El Salvador's CECOT mega-prison
landed in Maiquetía on {{July 18, 2025}}, Interior Minister Diosdado Cabello said. In return Caracas freed
[[10 US citizens and residents|arrested;n=citizens and residents;a=the State Department]], the State Department said. The
Salvadoran government said it had held the men at the request of Washington, which accused them of belonging to the
Tren de Aragua gang. Human Rights Watch said it had interviewed [[40 of the men|other;a=Human Rights Watch]] and
that [[at least 30|other;a=Human Rights Watch]] described beatings. As part of the deal, Venezuela also released
[[an estimated 80 political prisoners|arrested;a=the opposition]], the opposition said.
Cabello said [[at least seven|arrested;a=Cabello]] of the returnees had been arrested on arrival for pending cases.
""",
)

item(
    "Colectivo members seize activists outside Barquisimeto church",
    """
[[Three activists|kidnapped;a=Provea]] from the Vente Venezuela party were seized by
[[about 15 hooded men|combatants;a=Provea]] outside a church in Barquisimeto on {{August 9}}, Provea said. Their relatives
said [[two of them|kidnapped;a=Their relatives]] were handed over to military counter-intelligence officers the next day. The
third was still missing on {{August 14}}. Foro Penal said [[at least 21 opposition campaign workers|kidnapped;a=Foro Penal]] had been
taken by armed civilians across the country since the vote, and that [[eight|missing;a=Foro Penal]] remained unaccounted for.
Provea said [[more than 20 colectivo groups|combatants;n=groups;a=Provea]] operated in Lara, and that [[nine homes|housing;a=Provea]] of activists had been attacked.
""",
)

item(
    "UN experts report wave of enforced disappearances",
    """
The UN's fact-finding mission on Venezuela said on {{September 17, 2024}} that it had documented
[[at least 56 cases|missing;a=The UN's fact-finding mission on Venezuela]] of enforced disappearance since the election, in which relatives
were refused any word of where detainees were held. The mission said [[23 political prisoners|missing;a=The mission;alt=The UN's fact-finding mission on Venezuela]]
were held incommunicado for more than {{a month}}. It said [[at least 1,800 people|arrested;a=The UN's fact-finding mission on Venezuela]] were
arrested in {{five weeks}}, more than in any comparable period. Marta Valiñas, who chairs the mission, said [[two detainees|killed;a=Marta Valiñas]]
had died in custody. The government rejected the report.
It said relatives of [[more than 100 detainees|civilians;a=It;alt=The UN's fact-finding mission on Venezuela]] had been threatened, and that [[at least 30 families|other;a=It;alt=The UN's fact-finding mission on Venezuela]] went into hiding.
""",
)

item(
    "Journalists detained as post-election arrests spread",
    """
The National Union of Press Workers said [[14 journalists|arrested;a=The National Union of Press Workers]] had been detained
since {{July 29}}, [[nine|arrested;a=The National Union of Press Workers]] of whom remained in custody. Reporters Without Borders said
[[at least 16 media workers|arrested;a=Reporters Without Borders]] had been held and that [[three|missing;a=Reporters Without Borders]] were
missing. The union said [[more than 400 radio stations|other;a=The union;alt=The National Union of Press Workers]] have been closed by the
regulator Conatel since {{2003}}. The press freedom group ranks Venezuela {{156th}} of {{180}} countries.
The union said [[23 foreign reporters|returned;a=The union;alt=The National Union of Press Workers]] were turned back at Maiquetía airport in the week of the vote.
""",
)

item(
    "Soldiers held in military counter-intelligence, relatives say",
    """
Relatives of [[about 180 soldiers and officers|arrested;n=soldiers and officers;a=Relatives]] accused of conspiracy say they are
held at the DGCIM headquarters in Boleíta and at Ramo Verde. Coalition for Human Rights and Democracy said
[[at least 24 officers|arrested;a=Coalition for Human Rights and Democracy]] had reported torture. Navy captain Rafael Acosta Arévalo died in
DGCIM custody in {{June 2019}}, aged {{49}}. The group said [[seven|killed;a=The group;alt=Coalition for Human Rights and Democracy]]
military detainees had died in custody since {{2018}}. [[Dozens of officers|other]] have fled to Colombia and Spain
rather than face trial.
Relatives said [[about 40 families|other;a=Relatives]] of detained officers had been evicted from military housing, and [[nine|missing;a=Relatives]] officers had not been seen since their arrest.
""",
)

item(
    "Helicoide detainees stage protest over conditions",
    """
[[Dozens of detainees|arrested]] at the Helicoide, the headquarters of the Sebin intelligence service in Caracas, took over part
of the building on {{May 16, 2018}} to protest against their conditions. Lawyers said
[[about 300 people|arrested;a=Lawyers]] were held there in cells built for [[no more than 80|capacity;q=at_most;a=Lawyers]].
[[Forty-seven|arrested;a=the prosecutor's office]] of them had release orders that had not been carried out, the prosecutor's office said. After
talks, [[16 prisoners|arrested]] were moved to other jails. The American Joshua Holt, held there for {{two years}},
filmed the protest and posted it online.
Lawyers said [[up to 12 detainees|arrested;a=Lawyers]] shared each cell, and that [[five|injured;a=Lawyers]] had been beaten in the days before the protest.
""",
)

item(
    "Government releases 225 detained after election, prosecutor says",
    """
Attorney General Tarek William Saab said on {{November 16, 2024}} that [[225 people|arrested;a=Attorney General Tarek William Saab]]
detained after the election had been released, and that [[107 more|arrested;a=Attorney General Tarek William Saab]] would be freed in the coming
days. Foro Penal said it could confirm [[only 131|arrested;a=Foro Penal]] releases. The group said those freed
still had to report to court every {{30 days}} and were banned from leaving the country. Relatives said
[[about 1,700|arrested;a=Relatives]] remained in prison at the end of the year.
Saab said [[at least 1,000 more|arrested;a=Saab;p]] could be freed if they accepted charges. The group said [[some 60 teenagers|arrested;a=The group;alt=Foro Penal]] had been among those sent home.
""",
)

item(
    "Foreigners held in Venezuela pass 80, opposition says",
    """
The opposition said on {{January 8, 2025}} that [[at least 86 foreign nationals|arrested;a=The opposition]] were
held in Venezuela, many of them accused of plotting against Maduro. Colombia's foreign ministry said
[[35 Colombians|arrested;a=Colombia's foreign ministry]] were among them, and Argentina said a gendarme,
Nahuel Gallo, had been held since {{December 8}}. Interior Minister Diosdado Cabello said
[[125 mercenaries|arrested;a=Interior Minister Diosdado Cabello]] had been captured, and that
[[400 rifles|other;a=Interior Minister Diosdado Cabello]] had been seized.
Cabello said [[about 2,000 troops|combatants;a=Cabello]] had been sent to the Colombian border, and that [[three Americans|arrested;a=Cabello]] were among the foreigners held.
""",
)

item(
    "Barinas man held 40 days by ELN dissidents freed",
    """
A cattle rancher from Barinas, one of [[four men|kidnapped;a=police in Barinas]] seized from a farm near the Colombian border on
{{March 2}}, was freed after {{40 days}}, police in Barinas said. [[The other three|kidnapped;a=the family]]
were still held, the family said. Fedecámaras Barinas said [[at least 26 people|kidnapped;a=Fedecámaras Barinas]] had been abducted in the
state in {{2018}}, most by armed groups from Colombia. Ransoms of up to {{$200,000}} were demanded. The army said
[[1,200 soldiers|combatants;a=The army]] had been sent to the border municipalities.
Residents said [[about 70 families|displaced;a=Residents]] had left the border farms of Barinas and Apure, and that [[dozens of farms|housing;u=structure]] lay abandoned.
""",
)

item(
    "Eight soldiers captured in Apure released to Red Cross",
    """
[[Eight Venezuelan soldiers|kidnapped;a=the International Committee of the Red Cross]] held for {{a month}} by Colombian
dissidents of the former FARC in Apure were handed over on {{May 31, 2021}}, the International Committee of the Red Cross said.
Defence Minister Vladimir Padrino López said [[16 soldiers|killed;a=Defence Minister Vladimir Padrino López]] had been
killed in the fighting that began in {{March}} in La Victoria. Rights groups said
[[nearly 6,000 people|displaced;a=Rights groups]] had fled across the Arauca river into Colombia. The army said
[[more than 30 camps|other;a=The army]] of the armed group had been destroyed.
Colombian officials said [[about 300 people|displaced;a=Colombian officials]] were sheltered in a coliseum in Arauquita, and that [[1,200 food parcels|aid;a=Colombian officials]] had been handed out.
""",
)

item(
    "Colectivos take hostage trade unionists in Guayana",
    """
[[Six steelworkers|kidnapped;a=the union]] who led a protest over wages at the Sidor plant in Ciudad Guayana were taken by armed men
on {{January 14}} and held for {{three days}}, the union said. They were freed after
[[about 500 workers|other;a=the union]] blocked the plant gates. Union leaders said [[11 workers|arrested;a=Union leaders]] had been
arrested at Sidor since {{2018}} and [[two|missing;a=Union leaders]] were missing. Wages at the plant were worth about {{$20}} a month.
The union said [[3,000 to 4,000 workers|other;a=The union]] had joined the strike by its {{second}} day, and that [[40 soldiers|combatants;a=The union]] guarded the plant.
""",
)

item(
    "Sebin frees 13, more to follow, mediators say",
    """
The Sebin intelligence police freed [[13 political prisoners|arrested;a=mediators]] on {{June 1, 2018}}, mediators said, among them
former mayor Daniel Ceballos. [[About 40 more|arrested;p]] were due to be released over the weekend. The
Catholic Church, which helped broker the releases, said [[no fewer than 250|arrested;a=The Catholic Church]] remained in jail.
Foro Penal put the number at [[more than 350|arrested;a=Foro Penal]].
Relatives said [[about 20 families|civilians;a=Relatives]] had waited outside the building all night. [[Three prisoners|arrested]] were immediately sent into exile.
""",
)

item(
    "How a political prisoner's case moves through the courts",
    """
A detainee must be brought before a judge within {{48 hours}} under Venezuelan law, and a trial should
begin within {{45 days}}. In practice, lawyers say, preliminary hearings are postponed for {{six months}} or
more. The Organic Code of Criminal Procedure, reformed in {{2021}}, sets a maximum of {{two years}} of pre-trial
detention. Foro Penal's lawyers, who charge nothing, handle cases in every state.
""",
)

item(
    "Venezuela's prison budget rises as inmates go hungry",
    """
The prisons ministry's budget for {{2023}} rose to {{1.2 billion bolívars}}, about {{$48m}} at the official rate, the
budget law showed. Food for each inmate is costed at {{$1.30}} a day. The Venezuelan Prison Observatory said in its
{{2023}} report that overcrowding stood at {{164%}} in police cells, and that {{47%}} of detainees had been held
longer than the law allows. The ministry was created in {{2011}}.
""",
)

item(
    "Opposition campaign chiefs seek refuge in Argentine embassy",
    """
[[Six aides|other;a=the opposition]] of María Corina Machado took refuge in the Argentine ambassador's residence in Caracas in {{March 2024}}, the
opposition said, after arrest warrants were issued. [[One|other]] later left, and [[five|other;a=Argentina's foreign ministry]] remained
for more than {{a year}}, Argentina's foreign ministry said. Vente Venezuela said [[at least 37 of its coordinators|arrested;a=Vente Venezuela]] had been
detained before the vote, and [[about 10|missing;a=Vente Venezuela]] had been held without any word to their families. Police cut the power to
the residence, where [[up to 40 officers|combatants;a=witnesses]] stood guard, witnesses said.
""",
)
