"""West and Central Africa: the Sahel, Lake Chad, Cameroon, Nigeria's north-west and middle
belt, the Central African Republic (11 conflict and humanitarian articles, all with figures)."""

from _wrap import item

item(
    "Burkina Faso: army-escorted convoy reaches besieged Djibo",
    """OUAGADOUGOU (AFP) - A convoy of [[more than 150 trucks|aid;a=security sources]] loaded
    with food, fuel and medicine reached Djibo in northern Burkina Faso on Thursday after
    {{three weeks}} on the road, security sources told AFP. The town, in Soum province near the
    border with Mali, has been under a blockade by jihadists linked to al-Qaeda since
    {{February 2022}}. Before the conflict Djibo had [[about 60,000 inhabitants|civilians]]. It
    now shelters [[some 270,000 people|displaced;a=the Norwegian Refugee Council]], most of
    them driven from surrounding villages, according to the Norwegian Refugee Council. The
    previous convoy was ambushed at Gaskinde in {{September}}, when [[37 people|killed;a=the
    government]] were killed, according to the government, and [[dozens of vehicles|other]]
    were torched. A source travelling with this convoy said [[four soldiers|killed;a=A source
    travelling with this convoy]] and [[two civilian drivers|killed;a=A source travelling with
    this convoy]] died when the lead truck hit a roadside bomb {{15 km}} south of the town.
    "Families are eating leaves. A sack of rice costs {{45,000 CFA francs}}," a resident said
    by telephone. The World Food Programme has flown in [[more than 600 tonnes|aid;a=the UN
    agency;alt=The World Food Programme]] of food by helicopter since {{January}}, the UN
    agency said. Burkina Faso, ruled by a military junta since {{2022}}, counts [[more than 2
    million internally displaced people|displaced]], one of the largest such populations in
    Africa.""",
)

item(
    "Toll of Barsalogho massacre disputed as survivors count their dead",
    """DAKAR (Reuters) - Islamist militants killed [[at least 130 people|killed;a=a local
    security source]] in an attack on the town of Barsalogho in central Burkina Faso on
    Saturday, a local security source told Reuters, while other accounts put the toll far
    higher. Residents had been ordered by the army to dig a trench around the town when
    [[hundreds of fighters|combatants]] arrived on motorbikes and opened fire. The al-Qaeda
    affiliate JNIM said in a statement that it had killed [[some 300 members|killed;a=JNIM]] of
    the army and of the Volunteers for the Defence of the Homeland, a civilian militia. A
    collective of survivors, Justice pour Barsalogho, put the number of dead at [[about
    400|killed;a=Justice pour Barsalogho;alt=A collective of survivors]]. The government gave
    no toll but said [[more than 100 terrorists|killed;a=The government]] had been
    "neutralised" in follow-up operations. Medecins Sans Frontieres said its teams at the
    regional hospital in Kaya had treated [[over 140 wounded|injured;a=Medecins Sans
    Frontieres]] in the {{48 hours}} after the attack. [[Some 17,000
    residents|displaced;a=OCHA]] have since left Barsalogho for Kaya, OCHA said. The junta led
    by Captain Ibrahim Traore, {{36}}, has struggled to regain ground lost to the insurgents,
    who according to analysts now hold sway over {{about 40%}} of the country. It was the
    deadliest attack since the coup of {{September 2022}}.""",
)

item(
    "Mali: new arrivals swell Mbera as fighting spreads in Timbuktu region",
    """Fighting between the Malian army, its Russian allies and armed groups in the Timbuktu
    and Segou regions has pushed [[more than 55,000 people|displaced;a=UNHCR]] across the
    border into south-eastern Mauritania since the start of the year, UNHCR said on Friday.
    Most have arrived in Bassikounou, a district of [[about 60,000 inhabitants|civilians]] that
    already hosts Mbera camp. The camp, opened in {{2012}}, holds [[over 110,000
    refugees|displaced;a=the agency;alt=UNHCR]], the agency said. Arrivals peaked in {{March}}
    at [[nearly 1,500 people a day|displaced]]. Many newcomers have settled outside the camp,
    at [[14 spontaneous sites|capacity]] along the border where there is little water or shade.
    UNHCR and its partners have put up [[2,300 emergency shelters|capacity;a=UNHCR and its
    partners]] and [[460 latrines|aid;a=UNHCR and its partners]] there, a spokesperson said in
    Geneva. "Women tell us they walked for {{five days}} without food," said Aminata Traore, a
    protection officer in Bassikounou. Refugees at the sites receive {{11 litres}} of water per
    person a day, below the emergency standard of {{15 litres}}. UNHCR has received only
    {{18%}} of the {{$43 million}} it needs for its Mauritania operation this year. In Mali
    itself, [[some 330,000 people|displaced;a=the International Organization for Migration]]
    are internally displaced, according to the International Organization for Migration.""",
)

item(
    "Niger says 21 soldiers killed in ambush near Burkina border",
    """NIAMEY (AP) - Suspected jihadists killed [[21 soldiers|killed;a=Niger's defence
    ministry]] in an ambush in the Tillaberi region of western Niger, Niger's defence ministry
    said in a statement read on state television on Wednesday. The troops were escorting
    [[about 70 civilian vehicles|other;a=the ministry;alt=Niger's defence ministry]] from Tera
    to Niamey when they were attacked by [[more than a hundred terrorists|combatants;a=the
    ministry;alt=Niger's defence ministry]] on motorcycles near Tassia, the ministry said.
    [[Nine soldiers|injured;a=Niger's defence ministry]] were wounded and flown to the capital,
    and [[dozens of assailants|killed;a=Niger's defence ministry]] were killed in the response,
    it said. The army later said [[two soldiers|missing;a=The army]] were still unaccounted
    for. An attack in the same area in {{March}} killed [[23 soldiers|killed]]. The ministry
    said security forces had since arrested [[16 suspected accomplices|arrested;a=The
    ministry]] and seized [[40 motorcycles|other;a=The ministry]]. Since seizing power in a
    coup in {{July 2023}}, Niger's military rulers have expelled French troops, left the {{G5
    Sahel}} force and turned to Russia for support. Tillaberi, where the borders of Niger, Mali
    and Burkina Faso meet, is home to [[more than 200,000 internally displaced
    people|displaced;a=the UN refugee agency]], according to the UN refugee agency. Attacks in
    the region rose by {{a third}} last year, according to ACLED.""",
)

item(
    "Chad launches operation after Boko Haram overruns Lake Chad base",
    """N'DJAMENA (AFP) - Boko Haram fighters attacked an army base at Barkaram, on an island in
    Lake Chad, late on Sunday, killing [[about 40 soldiers|killed;a=the presidency]], the
    presidency said on Monday. President Mahamat Idriss Deby Itno flew to the area and
    announced an operation, codenamed Haskanite, to hunt down the attackers. A military source
    told AFP the garrison of [[some 200 men|combatants;a=A military source]] had been overrun
    after a gunfight lasting several hours. [[Dozens of soldiers|injured;a=the source;alt=A
    military source]] were flown to N'Djamena for treatment, the source said. {{Two weeks}}
    later the army said [[96 terrorists|killed;a=the army]] had been killed and [[17
    soldiers|killed;a=the army]] had died in the operation, which involved [[some 1,500
    troops|combatants;a=the army]] backed by helicopters. The Lac province hosts [[about
    220,000 displaced people|displaced;a=OCHA]], according to OCHA, and [[more than 30,000
    refugees|displaced;a=OCHA]] from Nigeria. In {{March 2020}}, an attack on the base at
    Bohoma killed [[98 soldiers|killed]], the deadliest in the army's history. Deby, who has
    threatened to pull Chad out of the Multinational Joint Task Force, said the country "will
    not be intimidated".""",
)

item(
    "Cameroon: schools burned, teachers abducted as separatist lockdown bites",
    """BAMENDA - Separatist fighters in Cameroon's English-speaking North-West region set fire
    to a secondary school in Kumbo on Monday and abducted [[six teachers|kidnapped;a=the
    Catholic diocese of Kumbo]], the Catholic diocese of Kumbo said. [[Four of
    them|kidnapped;n=-;a=the diocese;alt=the Catholic diocese of Kumbo]] were freed on
    Wednesday after their families paid {{2 million CFA francs}}, the diocese said, and the
    other two were still being held. "Our teachers are not soldiers. They go to work to give
    children a future," the diocese's education secretary said in a statement. The school had
    reopened only in {{September}}, after being closed for {{five years}}. The army said it had
    killed [[seven separatist fighters|killed;a=The army]] in a raid on a camp near Ndop the
    following day. Armed groups, who have fought since {{2017}} for an independent state they
    call Ambazonia, enforce lockdowns and a boycott of schools, which they see as instruments
    of the French-speaking government in Yaounde. The conflict grew out of protests by lawyers
    and teachers in {{2016}} against the use of French in courts and classrooms. In the
    North-West and South-West regions, [[more than 600,000 people|displaced;a=OCHA]] remain
    internally displaced and [[1.7 million|civilians;a=OCHA;v=1700000]] need humanitarian
    assistance, OCHA said in its latest update. [[About 2,200 schools|other;a=the
    agency;alt=OCHA]] were not functioning at the start of the school year, the agency said,
    leaving [[some 700,000 children|civilians;a=the agency;alt=OCHA]] out of class. A further
    [[1,100 classrooms|housing]] have been damaged or destroyed since {{2017}}. On Mondays, the
    separatists' "ghost town" days, shops and offices in Bamenda stay shut and streets are
    empty. Peace talks facilitated by Canada collapsed in {{2023}} after Yaounde denied it had
    agreed to them. The conflict has killed [[more than 6,000 people|killed;a=the International
    Crisis Group]], according to the International Crisis Group, and driven [[about
    80,000|displaced]] into Nigeria as refugees.""",
)

item(
    "Bandits abduct dozens of residents in Zamfara village",
    """Gunmen suspected to be bandits have abducted [[no fewer than 43
    residents|kidnapped;a=residents]] of Kairu village in Maru Local Government Area of Zamfara
    State, residents said on Sunday. The attackers, who came on [[scores of motorcycles|other]]
    at about {{9pm}} on Saturday, moved from house to house, shooting sporadically. Lawali
    Kairu, a resident, told Premium Times that [[two people|killed;a=Lawali Kairu]] were shot
    dead as they tried to flee and [[five others|injured;a=Lawali Kairu]] were taken to the
    General Hospital in Maru. "They took mostly women and children. My wife and [[my three
    daughters|kidnapped;a=Lawali Kairu]] are among them," he said. The spokesperson of the
    Zamfara State Police Command, Yazid Abubakar, confirmed the attack but said [[27
    persons|kidnapped;a=Yazid Abubakar;alt=The spokesperson of the Zamfara State Police
    Command]] were taken. He said a combined team of [[120 police and
    soldiers|combatants;a=Yazid Abubakar;n=police and soldiers]] had been deployed to the area.
    The kidnappers have since contacted families and demanded {{N50 million}} in ransom, a
    relative said. In {{2021}}, bandits abducted [[279 schoolgirls|kidnapped]] from a
    government school in Jangebe, in neighbouring Talata Mafara; they were freed {{four days}}
    later. [[More than a dozen villages|other]] in Maru have been deserted this year, and
    [[over 1,500 people|killed;a=ACLED]] were killed in the state in {{2021}} alone, according
    to ACLED.""",
)

item(
    "Benue: Yelwata death toll rises as survivors bury victims in mass grave",
    """The death toll from the attack on Yelwata community in Guma Local Government Area of
    Benue State has risen to [[over 100|killed;a=Amnesty International]], Amnesty International
    has said. The gunmen, suspected to be herders, invaded the community at about {{11pm}} on
    Friday, shooting residents and setting houses ablaze, many of them occupied by people
    already displaced from nearby villages. Joseph Anawah, a community leader, told Daily Trust
    that [[scores of people|missing;a=Joseph Anawah]] were still unaccounted for and that [[at
    least 60 houses|housing;a=Joseph Anawah]] had been burnt. The state police command,
    however, said [[43 bodies|killed;a=The state police command]] had been recovered and [[25
    injured persons|injured;a=The state police command]] taken to hospitals in Makurdi.
    Governor Hyacinth Alia, who visited the community on Saturday, said [[over 3,000
    persons|displaced;a=Governor Hyacinth Alia]] had fled to Makurdi and Daudu. The Executive
    Secretary of the State Emergency Management Agency, Dr James Iorpuu, said the agency had
    registered [[6,112 displaced persons|displaced;a=Dr James Iorpuu]] in [[two
    camps|capacity;a=Dr James Iorpuu]] by Sunday. The Nigeria Police Force said it had arrested
    [[seven suspects|arrested;a=The Nigeria Police Force]]. President Bola Tinubu, who
    condemned the killings, is due to visit Makurdi on Wednesday. Amnesty said [[at least 1,500
    people|killed;a=Amnesty]] had been killed in Benue between {{2023}} and {{2025}}.""",
)

item(
    "HumAngle: In Borno, the long walk out of the bush",
    """Every few days, trucks arrive at the Hajj Camp transit centre in Maiduguri carrying men,
    women and children who have walked out of the Sambisa forest and the islands of Lake Chad.
    Some come barefoot; others still wear the clothes they fought in. Borno State officials say
    [[over 30,000 fighters|combatants;a=Borno State officials]] have surrendered since the
    death of the Boko Haram leader Abubakar Shekau in {{May 2021}}, along with [[more than
    120,000 women and children|civilians;a=Borno State officials;n=women and children]]. The
    military says the defectors have handed over [[about 1,200 rifles|other;a=The military]]
    and [[hundreds of rounds|other;a=The military]] of ammunition. "I was tired of running from
    the jets," said Modu, a former fighter in his {{thirties}} who asked that only his first
    name be used. He said he had spent {{nine years}} with the group. At the centre, built for
    [[2,000 people|capacity]], HumAngle met Falmata, {{19}}, who was abducted from Bama as a
    {{12-year-old}}. She is one of [[at least 45 women|kidnapped;a=HumAngle]] who told HumAngle
    they had been taken as girls and married to fighters. The federal deradicalisation
    programme, Operation Safe Corridor, has so far graduated [[about 2,100 former
    fighters|combatants;a=its coordinator]], according to its coordinator. Critics say the
    state's programme screens people too quickly and has no basis in law: in {{2023}}, [[18
    defectors|arrested]] were rearrested after returning to the bush. Residents of Konduga told
    HumAngle that some former fighters now live among the families of their victims, and that
    nobody asked them whether they agreed. Governor Babagana Zulum said in {{December}} that
    the state had spent {{N4 billion}} on the programme, and that "peace has a price". In Bama,
    [[3,400 families|returned;a=the state government]] have gone back to rebuilt homes in the
    past {{two years}}, the state government said.""",
)

item(
    "Kuriga pupils regain freedom after 16 days in captivity",
    """The pupils of LEA Primary and Secondary School, Kuriga, in Chikun Local Government Area
    of Kaduna State, who were abducted by bandits on {{March 7}}, have regained freedom. In a
    statement on Sunday, Kaduna State Governor Uba Sani said [[137 hostages|kidnapped;a=Kaduna
    State Governor Uba Sani]] had been rescued by the military. They include [[76
    girls|kidnapped;a=the governor;alt=Kaduna State Governor Uba Sani]] and [[61
    boys|kidnapped;a=the governor;alt=Kaduna State Governor Uba Sani]], the governor said. The
    school's headteacher, Sani Abdullahi, had initially put the number of missing pupils at
    [[287|kidnapped;a=Sani Abdullahi;alt=The school's headteacher]]. Abubakar Isiyaku, a
    teacher who was taken with the children, died in captivity. The kidnappers had demanded
    {{N1 billion}} for their release. The army said [[over 300 troops|combatants;a=The army]]
    had taken part in the operation in the forests straddling Kaduna and Zamfara. The rescued
    pupils were taken to a military facility in Kaduna for medical checks. Parents who gathered
    at Government House said some children were still unaccounted for. [[More than 1,680
    students|kidnapped;a=UNICEF]] have been abducted from schools in Nigeria since the Chibok
    abduction of {{April 2014}}, according to UNICEF. A {{2023}} survey found that [[more than
    1 million children|civilians;a=A 2023 survey]] were afraid to return to school.""",
)

item(
    "CAR: former rebels hand in weapons in Bambari under N'Djamena deal",
    """BANGUI (Reuters) - [[About 240 fighters|combatants;a=MINUSCA;alt=the UN mission]] of the
    Union for Peace in the Central African Republic (UPC) handed in their weapons in Bambari on
    Thursday, the UN mission, MINUSCA, said. They surrendered [[180 rifles|other;a=the
    mission;alt=MINUSCA]], [[12 rocket launchers|other;a=the mission;alt=MINUSCA]] and [[more
    than 3,000 rounds|other;a=the mission;alt=MINUSCA]] of ammunition, the mission said. The
    disarmament follows a deal signed in N'Djamena in {{April 2025}} between the government and
    two armed groups, the UPC and Return, Reclamation and Rehabilitation ({{3R}}). The
    government says [[more than 5,000 former combatants|combatants;a=The government]] have been
    disarmed since {{2019}}. In the south-east, fighting between the army's Russian-backed
    forces and the Azande Ani Kpi Gbe militia has displaced [[about 30,000
    people|displaced;a=OCHA]] from Zemio and Mboki, OCHA said. [[Some 12,000 of
    them|displaced;n=-]] have crossed the Mbomou river into the Democratic Republic of Congo.
    Medecins Sans Frontieres said its team in Zemio treated [[35 people|injured;a=Medecins Sans
    Frontieres]] for gunshot wounds in {{June}}. The peacekeeping force of [[some 14,000
    troops|combatants]], whose mandate runs until {{November}}, has been cut for budget
    reasons.""",
)
