"""dev326 items: the Pacific and the south-west (Cauca, Valle del Cauca, Nariño, Chocó)."""

from _wrap import item

item(
    "Army enters El Plateado as troops move into the Micay canyon",
    """
[[About 1,200 soldiers|combatants;a=the army]] and police entered El Plateado, in the
municipality of Argelia, Cauca, on Saturday in an operation to retake the town from the Carlos
Patiño Front, the army said. Residents blocked the road and held [[28 soldiers|kidnapped]] for
{{two days}} before releasing them to a church commission. The Carlos Patiño Front has [[400 to
500 fighters|combatants;a=military intelligence]] in the canyon, according to military
intelligence, and has recruited [[more than 200 minors|combatants;a=military intelligence]]
there since {{2022}}. [[Two soldiers|killed]] were killed by an explosive dropped from a drone on
Monday and [[five|injured]] were wounded. The Ombudsman's office said [[some 300
families|displaced;a=The Ombudsman's office]] had left rural El Plateado since the operation
began.
""",
)

item(
    "Indigenous guard frees kidnapped community members near Toribío",
    """
The indigenous guard of northern Cauca rescued [[four community members|kidnapped;a=the
Association of Indigenous Councils of Northern Cauca]] held by dissidents of the Dagoberto Ramos
column near Toribío on Tuesday, the Association of Indigenous Councils of Northern Cauca (ACIN)
said. [[Some 400 guards|other;a=the council;alt=the Association of Indigenous Councils of
Northern Cauca]], carrying only ceremonial staffs, took part in the search, the council said.
[[Nine guards|injured]] were hurt by gunfire as the dissidents withdrew. [[Three
dissidents|arrested;a=the ACIN]] were captured by the guard and handed to the prosecutor's
office, the ACIN said. The association says [[at least 29 comuneros|killed;a=The
association;alt=the Association of Indigenous Councils of Northern Cauca]] have been killed in
its territory since {{2019}} and that the dissidents have recruited [[more than 100 indigenous
children|combatants;a=The association;alt=the Association of Indigenous Councils of Northern
Cauca]].
""",
)

item(
    "Jamundí: dissident attacks drive hundreds of families from their farms",
    """
[[Hundreds of families|displaced;a=the mayor's office]] have left the rural areas of Jamundí,
south of Cali, after {{three weeks}} of drone and explosive attacks by the Jaime Martínez front,
the mayor's office said on Friday. The office registered [[1,346 people|displaced;a=The
office;alt=the mayor's office]] sheltering with relatives and in [[two schools|capacity;a=The
office;alt=the mayor's office]] in the town. A motorcycle bomb outside the police station
injured [[seven people|injured]], including [[two police officers|injured]]. Governor Dilian
Francisca Toro said [[60 more police officers|combatants;p;a=Governor Dilian Francisca Toro]]
would arrive in Jamundí within {{48 hours}}. The army said [[21 homes|housing;a=The army]] had
been damaged in Potrerito and Villacolombia. Residents said [[at least 80
families|civilians;a=Residents]] remained confined in the upper Jamundí river basin.
""",
)

item(
    "Fifty-seven soldiers held by residents in Cauca's Micay canyon are freed",
    """
[[Fifty-seven soldiers|kidnapped;a=the army]] who had been held by residents in the Micay canyon
for {{three days}} were released on Wednesday, the army said. The army said [[as many as 600 people|other;a=The army]] had surrounded the troops in the hamlet of La Hacienda, and that the
crowd had been pushed into it by the dissidents. Defence Minister Pedro Sánchez said [[more than
300 soldiers and police|kidnapped;n=soldiers and police;a=Defence Minister Pedro Sánchez]] had
been held by crowds in Cauca alone since {{2023}}. The Ombudsman's office, which mediated the
release, said [[four soldiers|injured;a=The Ombudsman's office]] had been treated for bruises.
[[Two civilians|injured;a=residents]] were also hurt when troops fired into the air, residents
said. Operations in the canyon have left [[14 soldiers|killed;a=the army]] dead since
{{October}}, according to the army.
""",
)

item(
    "Mass displacement on the Patía river as armed groups clash in Nariño",
    """
[[More than 3,000 people|displaced;a=the Ombudsman's office]] have fled hamlets along the Patía
river in Magüí Payán and Roberto Payán, Nariño, after clashes between the Comuneros del Sur and
the Coordinadora Nacional Ejército Bolivariano, the Ombudsman's office said. Most arrived by boat
in Barbacoas, where the municipality set up [[five shelters|capacity]]. [[Another 4,800
people|civilians;a=OCHA]] are confined upriver, OCHA said, and [[2,000 to 3,000|civilians;p;a=OCHA]]
more could be cut off if the fighting spreads. [[Nine people|killed;a=the regional health
secretariat]] were killed in the fighting, including [[two children|killed;a=the regional health
secretariat]], according to the regional health secretariat. The Norwegian Refugee Council said
it would distribute cash to [[1,500 households|aid;p;a=The Norwegian Refugee Council]]. The navy
said it had escorted [[47 boats|other;a=The navy]] carrying displaced families downriver.
""",
)

item(
    "Eight young people killed in Samaniego massacre",
    """
Gunmen killed [[eight young people|killed;a=Mayor Óscar Obando]] at a gathering in the rural
area of Samaniego, Nariño, on Saturday night, Mayor Óscar Obando said. The victims were students
{{aged between 17 and 25}}. Indepaz said [[43 massacres|other;u=other;a=Indepaz]] had been
recorded in Colombia so far in {{2020}}, in which [[at least 180 people|killed;a=Indepaz]] were
killed. Police said [[two suspects|arrested;a=Police]] had been arrested in Pasto a week later.
President Iván Duque, who visited the town, said [[200 more soldiers|combatants;p;a=President
Iván Duque]] would be deployed. The killings drove [[about 50 families|displaced;a=the
municipal ombudsman]] from the vereda of Santa Catalina, the municipal ombudsman said.
""",
)

item(
    "Bojayá communities confined again as ELN and Clan del Golfo fight over the Atrato",
    """
Fighting between the ELN and the Clan del Golfo along the Bojayá river has left [[about 2,500
people|civilians;a=the Ombudsman's office]] confined in [[11 communities|civilians;u=other;a=the
Ombudsman's office]], the Ombudsman's office said on Thursday. Leaders in the Emberá community of
Pogue said [[three men|injured;a=Leaders]] had been wounded by landmines while hunting. The
diocese of Quibdó said food was running out for [[800 families|civilians;a=The diocese of Quibdó]] and that [[dozens of families|displaced;a=The diocese of Quibdó]] had already left for Bellavista. A humanitarian mission of the Ombudsman, the diocese and the UN took [[12
tonnes|aid]] of food to Pogue and Napipí on Monday. In {{2002}}, [[79 people|killed]] were
killed in Bojayá when a FARC gas-cylinder bomb hit the church where they sheltered. The ICRC
said [[18 accidents|other;u=other;a=The ICRC]] with mines and explosive remnants of war had been
recorded in Chocó in {{2024}}.
""",
)

item(
    "Cauca remains the deadliest region for social leaders, Indepaz says",
    """
Indepaz said on Tuesday that [[173 social leaders and human rights defenders|killed;n=social
leaders and human rights defenders;a=Indepaz]] were killed in Colombia in {{2024}}, [[at least
42|killed;a=Indepaz]] of them in Cauca. The think-tank also counted [[31 former FARC
combatants|killed;a=The think-tank;alt=Indepaz]] who had signed the peace deal. The UN human
rights office said it had verified [[89 killings|killed;a=The UN human rights office]] of
defenders and was still checking [[another 64 cases|killed;u=person;a=The UN human rights
office]]. Among the dead in Cauca were [[nine indigenous governors and guards|killed;n=governors
and guards]]. The National Protection Unit said it protects [[more than 7,800
people|other;a=The National Protection Unit]] with bodyguards, armoured cars or panic buttons.
""",
)

item(
    "ELN armed strike paralyses Chocó's San Juan river",
    """
An armed strike called by the ELN in Chocó has left [[more than 40,000 people|civilians;a=OCHA]]
confined in Medio San Juan, Istmina, Nóvita and Sipí, OCHA said on Monday. The strike, in its
{{ninth}} day, bans movement on the San Juan river, the only road for [[dozens of
communities|civilians;u=other]]. The departmental education secretary said [[146
schools|other;a=The departmental education secretary]] were shut, leaving [[about 11,000
pupils|civilians;a=The departmental education secretary]] at home. The Ombudsman's office said
[[two boatmen|killed;a=The Ombudsman's office]] had been shot dead for defying the order. Navy
boats carried [[20 tonnes|aid]] of food to Istmina on Saturday, and the government said
[[between 30 and 40 tonnes|aid;p;a=the government]] more would follow this week.
""",
)

item(
    "Families return to Suárez after fighting near the Salvajina dam",
    """
[[About 160 families|returned;a=the municipal government]] have returned to the hamlets of
Suárez, in northern Cauca, that they left in {{March}} when dissidents of the Jaime Martínez front
and the army fought near the Salvajina dam, the municipal government said. The municipality
counted [[37 houses|housing;a=The municipality]] hit by gunfire or explosives and
[[six|housing;u=structure;a=The municipality]] destroyed. [[Around 90 families|displaced]] are
still living in the town's coliseum, which was built for [[250 people|capacity]]. The mayor's
office said the housing ministry had promised to rebuild [[40 homes|housing;p;a=The mayor's
office]] by December. The army said it had captured [[five dissidents|arrested;a=The army]] during
the operation.
""",
)

item(
    "Government and Nariño splinter group close fourth round in Pasto",
    """
The government and the Coordinadora Nacional Ejército Bolivariano closed their {{fourth}} round of
talks in Pasto on {{March 12, 2025}}, with an agreement to move on to transitional zones within
{{six months}}. The group's delegation said it would destroy explosives worth {{2 billion pesos}}
as a goodwill gesture. The talks began in {{June 2024}} after the group split from the Segunda
Marquetalia, and the government's chief negotiator, Armando Novoa, said {{70%}} of the first
agenda had been agreed. The meetings were held at a hotel {{15 km}} from the city centre, from
{{9 am}} to {{6 pm}}, under Decree {{1131}} of {{2024}}.
""",
)

item(
    "Nariño coca area falls, yields rise",
    """
Coca cultivation in Nariño fell to {{45,000 hectares}} in {{2023}} from {{59,000 hectares}} a year
earlier, the UN Office on Drugs and Crime said in its annual survey. The department still accounts
for {{18%}} of the national total, and yields around Tumaco rose to {{8.1 kilograms}} of cocaine
hydrochloride per hectare per year. A kilo of paste sold for about {{2.4 million pesos}} at the
farm gate in {{October}}. The governor's office said the substitution programme had spent {{210
billion pesos}} in the department since {{2017}} and needs a further {{five years}} of funding.
""",
)

item(
    "Truck bomb near Cali air base kills six, wounds dozens",
    """
A truck loaded with explosives blew up near the Marco Fidel Suárez air base in northern Cali on
Thursday afternoon, killing [[six people|killed;a=Mayor Alejandro Eder]] and wounding [[more than
60|injured;a=Mayor Alejandro Eder]], Mayor Alejandro Eder said. The city's health secretariat
later put the number of injured at [[71|injured;a=The city's health secretariat]], [[five of
them|injured;n=-;a=The city's health secretariat]] in serious condition. Officials said [[at
least 12 homes|housing;a=Officials]] and [[two dozen vehicles|other;a=Officials]] were damaged.
Police arrested [[two men|arrested]] near the scene. President Gustavo Petro blamed the Jaime
Martínez front and said [[1,000 more troops|combatants;p;a=President Gustavo Petro]] would be sent
to Cali.
""",
)

item(
    "Former FARC fighters leave Cauca reintegration area after killings",
    """
[[Some 130 people|displaced;a=the UN Verification Mission]], among them [[47 former FARC
combatants|displaced;a=the UN Verification Mission]] and their children, have moved out of the
reintegration area in Buenos Aires, Cauca, the UN Verification Mission said on Friday. They left
after [[four signatories|killed]] of the peace deal were killed nearby in {{six weeks}}. The
reintegration agency said the group would be moved to a farm in Valle del Cauca, where it plans
to build [[35 houses|housing;p;a=The reintegration agency]]. The mission has counted [[at least
440 signatories|killed;a=The mission;alt=the UN Verification Mission]] killed since the {{2016}}
agreement. The JEP said it had ordered protective measures for [[some 2,000
ex-combatants|other;a=The JEP]] in Cauca and Nariño.
""",
)

item(
    "Emberá families reach Quibdó after fleeing Alto Baudó",
    """
[[About 700 Emberá|displaced;n=Emberá;a=the Chocó government]], [[roughly 180
families|displaced;a=the Chocó government]], have reached Quibdó by river and road since {{May
2}}, fleeing clashes between the ELN and the Clan del Golfo in Alto Baudó, the Chocó government
said. They are sleeping in [[two sports halls|capacity;u=structure]] and a school meant for [[no
more than 200 people|capacity]]. UNHCR and the ICBF delivered [[450 mattresses|aid]] and [[1,000
blankets|aid]]. [[Three Emberá babies|killed;a=the Ombudsman's office]] have died of diarrhoea and
respiratory infections at the shelters, the Ombudsman's office said. Community leaders said
[[about 40 families|civilians;a=Community leaders]] stayed behind, confined in their villages.
The government said it would help [[the first 60 families|returned;p;a=The government]] go home
in {{June}}.
""",
)

item(
    "Dissidents attack police stations across Cauca",
    """
FARC dissidents carried out [[at least 20 attacks|other;u=other;a=the National Police]] on police
stations and army posts in Cauca and Valle del Cauca over the weekend, the National Police said on
Sunday. In Morales, [[two police officers|killed]] were killed and [[nine|injured]] wounded when
fighters fired homemade mortars at the station for {{more than six hours}}. The mayor said [[some
1,600 residents|displaced;a=The mayor]] had left their homes. Across the department, [[14
civilians|injured;a=the Cauca government]] were hurt and [[23 buildings|housing;a=the Cauca
government]] damaged, the Cauca government said. The army said troops had killed [[three of the
attackers|killed;a=The army]] and captured [[another two|arrested;a=The army]].
""",
)

item(
    "Landmine casualties rise in Nariño and Cauca, ICRC says",
    """
Explosive devices killed [[24 people|killed;a=the ICRC]] and injured [[128|injured;a=the ICRC]] in
Nariño and Cauca last year, the ICRC said in its annual humanitarian report on Colombia. Among the
injured were [[31 children|injured;a=the organisation;alt=the ICRC]], the organisation said. It
is also looking for [[more than 200 people|missing;a=the ICRC]] reported missing by their
families in the two departments. The ICRC said [[several thousand people|civilians;a=The ICRC]] in Policarpa
and Cumbitara could not safely reach their fields because of mines. Army deminers have cleared
[[96 devices|other;a=the army]] in Policarpa alone since January, the army said.
""",
)
