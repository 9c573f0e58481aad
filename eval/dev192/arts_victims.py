"""Victims' registers, reparations and compensation, the disappeared and the courts that
order redress (19 texts with figures, 1 without)."""

from _wrap import item

item(
    "Colombia's victims registry passes 9.5 million as reparations lag",
    """Colombia's official register of conflict victims now holds [[more than 9.5 million
    people|civilians;a=the Victims' Unit]], according to the Victims' Unit, {{12 years}} after
    Congress passed {{Law 1448}} to compensate them. [[Some 8.2
    million|displaced;v=8200000;n=-;a=the agency;alt=the Victims' Unit]] were registered as
    victims of forced displacement, the agency said, and [[nearly 190,000|missing;n=-;a=the
    agency;alt=the Victims' Unit]] as victims of forced disappearance. Only [[1.4 million
    victims|aid;a=the unit;alt=the Victims' Unit]] have received individual compensation since
    {{2012}}, the unit said, a pace at which it would need {{more than 60 years}} to reach
    everyone. Payments average about {{17 million pesos}} ({{$4,200}}). Antioquia alone accounts
    for [[1.7 million registered victims|civilians]]. The government says it will compensate
    [[200,000 more victims|aid;p;a=The government]] in {{2024}} with a budget of {{4.6 trillion
    pesos}}, up {{11%}} on this year. Victims' groups say [[at least 47,000
    declarations|other;u=other;a=Victims' groups]] are still awaiting a decision on whether
    their authors will be included in the register.""",
)

item(
    "Peace court charges generals over Colombia's 'false positives'",
    """Colombia's Special Jurisdiction for Peace (JEP) on Tuesday charged [[three retired
    generals|arrested]] and [[19 other officers and soldiers|arrested;n=officers and soldiers]]
    over the killing of civilians who were later presented as guerrillas killed in combat. The
    court has estimated that [[at least 6,402 people|killed;a=The court]] were murdered in this
    way between {{2002}} and {{2008}}, at the height of the scandal known as the "false
    positives". [[Fourteen of the accused|arrested;n=accused;a=magistrate Ana Lucía Rendón]]
    have already acknowledged their responsibility, magistrate Ana Lucía Rendón said, which
    could spare them ordinary prison terms of up to {{20 years}}. The JEP has accredited [[more
    than 1,900 relatives of victims|civilians;n=relatives]] as participants in the case. In the
    cemetery of Dabeiba, in Antioquia, forensic teams have exhumed [[84 bodies|killed]] since
    {{2019}}, [[37 of them|killed;n=-]] now identified and handed to their families. The mothers
    of Soacha, whose sons were lured from the outskirts of Bogotá in {{2008}}, say symbolic
    reparations are not enough.""",
)

item(
    "Colombia's search unit recovers record number of bodies",
    """BOGOTA, {{Aug 29}} (Reuters) - The Search Unit for Disappeared Persons said on Friday it
    had recovered [[1,314 bodies|killed;a=The Search Unit for Disappeared Persons]] over the
    past year, a record, from cemeteries, rivers and former guerrilla camps across Colombia. Of
    those, [[412|killed;a=the unit;alt=The Search Unit for Disappeared Persons]] have been
    identified and [[286|killed;a=the unit;alt=The Search Unit for Disappeared Persons]]
    returned to relatives, the unit said. The unit, created under the {{2016}} peace deal with
    the FARC rebels, estimates that [[about 124,000 people|missing;a=The unit;alt=The Search
    Unit for Disappeared Persons]] disappeared during the conflict. Colombia's truth commission
    put the figure at [[up to 210,000|missing;n=-;a=Colombia's truth commission]] in {{2022}}.
    In Medellín, excavations at the La Escombrera landfill have turned up [[at least 10
    bodies|killed]] since {{December}}. "Every family deserves an answer," the unit's director
    said.""",
)

item(
    "Two decades on, Peru's war victims still wait for reparations",
    """More than {{two decades}} after Peru's Truth and Reconciliation Commission estimated that
    [[69,280 people|killed;a=Peru's Truth and Reconciliation Commission]] died in the conflict
    with the Shining Path, thousands of survivors are still waiting for redress. [[Some 236,000
    people|civilians;a=the Reparations Council]] are inscribed in the Single Registry of
    Victims, according to the Reparations Council. [[More than 110,000 of them|aid;n=-;a=the
    council;alt=the Reparations Council]] have received individual payments of {{10,000 soles}}
    (about {{$2,650}}), the council said, under {{Law 28592}} of {{2005}}. But [[about 21,000
    people|missing]] remain missing, and the Justice Ministry's search directorate has returned
    only [[about 3,000 bodies|killed]] to their relatives. In Ayacucho, which suffered {{more
    than 40%}} of the deaths, widows travel for {{two days}} to reach the council's office. The
    government has promised to pay [[the remaining 5,000 beneficiaries|aid;p;a=The government]]
    by {{2026}}.""",
)

item(
    "Peru's forced sterilisation victims register grows as trial stalls",
    """LIMA (AFP) - Peru's register of victims of forced sterilisation now includes [[more than
    7,000 women|civilians;a=the Justice Ministry]], the Justice Ministry said on Wednesday, {{26
    years}} after the end of the programme carried out under Alberto Fujimori. Official records
    show that [[some 272,000 women|other;a=Official records]] and [[22,000 men|other;a=Official
    records]] were sterilised between {{1996}} and {{2000}}, many of them Quechua-speaking
    peasants who say they were never asked for consent. [[At least 18 women|killed;a=the case
    file]] died after the operations, according to the case file. The criminal case against
    three former health ministers covers [[1,307 victims|civilians]] but has been stalled since
    {{2021}}; [[more than 2,000 women|other]] have joined the complaint. In {{October 2024}}, a
    UN committee ruled that Peru must compensate [[five women|aid;p]] who brought complaints and
    create a reparations programme for the others.""",
)

item(
    "Guatemala's reparations programme leaves thousands waiting",
    """GUATEMALA CITY (Prensa Libre) - Guatemala's internal armed conflict left [[200,000
    people|killed;a=the Historical Clarification Commission]] dead and
    [[45,000|missing;n=-;a=the Historical Clarification Commission]] forcibly disappeared,
    according to the Historical Clarification Commission. The National Reparations Programme,
    created in {{2003}}, has compensated [[around 34,000 victims|aid]] in {{19 years}}. Since
    the government folded it into the Ministry of Social Development in {{2021}} and cut its
    budget by {{60%}}, payments have nearly stopped. [[More than 1,600 files|other;u=other;a=the
    Human Rights Ombudsman's office]] of recognised victims are still pending payment, the Human
    Rights Ombudsman's office said. Of the [[2,500 houses|housing;p]] promised to families in
    Alta Verapaz and Quiché, only [[312|housing;n=-;u=structure]] have been built. "Our parents
    died waiting," said Juana Cux of the widows' group Conavigua.""",
)

item(
    "Former patrollers sentenced for rapes of Maya Achi women",
    """A Guatemalan court on Monday sentenced [[five former civil defence
    patrollers|arrested;n=patrollers]] to {{30 years}} in prison each for the rape of [[36 Maya
    Achi women|other]] in Rabinal, Baja Verapaz, between {{1981}} and {{1985}}. The women, now
    in their {{60s}} and {{70s}}, first brought the case in {{2011}}. [[Three other
    defendants|arrested;a=prosecutors]] are still in pre-trial detention, prosecutors said. The
    presiding judge ordered the state to build [[two health centres|housing;p]] in the
    communities and to make a documentary about the case as reparation. Lawyers for the women
    said [[more than 100 women|other;a=Lawyers for the women]] were raped at the Rabinal
    military base during the conflict.""",
)

item(
    "Sierra Leone war amputees still await promised reparations",
    """FREETOWN (AFP) - More than {{two decades}} after the end of Sierra Leone's civil war,
    which killed [[an estimated 50,000 people|killed]], many of its victims feel forgotten by
    the state. The National Commission for Social Action, which runs the reparations programme,
    said it had registered [[32,000 war victims|civilians;a=The National Commission for Social
    Action]] since {{2008}}, among them [[about 3,600 amputees and
    war-wounded|injured;n=amputees and war-wounded;a=The National Commission for Social
    Action]]. [[Some 1,200 amputees|aid]] received one-off grants of {{$100}} and
    [[650|aid;n=-]] were fitted with prostheses. The commission also paid school fees for
    [[about 2,100 children|aid]] of victims. "I lost both hands in {{1999}}," said Abu Bakarr
    Kamara. He lives in Freetown's amputee camp, one of [[four such camps|capacity]] built after
    the war.""",
)

item(
    "ICC orders record reparations for victims of LRA commander Ongwen",
    """The International Criminal Court has ordered reparations worth {{€52.4 million}} for the
    victims of Dominic Ongwen, the former Lord's Resistance Army commander serving {{25 years}}
    for war crimes in northern Uganda. The judges recognised [[49,772 victims|civilians]] of
    attacks on [[four displacement camps|capacity]] - Pajule, Odek, Lukodi and Abok - and of
    forced marriage and child conscription. Each will receive a symbolic payment of {{€750}}.
    Ongwen is indigent, so the Trust Fund for Victims must raise the money. At its height, the
    LRA insurgency forced [[1.8 million people|displaced;a=UNICEF]] into camps and abducted
    [[more than 30,000 children|kidnapped;a=UNICEF]], according to UNICEF. "Many victims have
    died while waiting," said Jimmy Otim of the Lukodi survivors' group. His village lost [[at
    least 60 people|killed]] in a single night in {{May 2004}}.""",
)

item(
    "Uganda pays war-era cattle claims in the north and east",
    """KAMPALA (Reuters) - Uganda has paid compensation to [[about 4,000 people|aid;a=the
    Attorney General's office]] in the Acholi, Lango and Teso sub-regions who lost cattle during
    the insurgencies of the {{1980s}} and {{1990s}}, the Attorney General's office said on
    Thursday. It said it had verified [[more than 16,000 claimants|other;a=the Attorney
    General's office]]. Rebels, rustlers and soldiers took [[an estimated 120,000 head of
    cattle|other]] from the region during the wars. Claimants are paid {{600,000 shillings}}
    (about {{$160}}) per cow. The budget for {{2021/22}} covers [[only 2,500 more
    claimants|aid;p]]. In Gulu, [[40 to 50 claimants a day|other]] queue outside the office.
    Leaders in Teso say [[hundreds of claimants|killed;a=Leaders in Teso]] have died without
    being paid.""",
)

item(
    "Government builds, repairs homes for genocide survivors",
    """KIGALI (The New Times) - As Rwanda marks the {{30th}} commemoration of the Genocide
    against the Tutsi, in which [[more than one million people|killed;v=1000000]] were killed in
    {{100 days}} in {{1994}}, housing for vulnerable survivors remains a government priority.
    The Ministry of National Unity and Civic Engagement said [[1,536 houses|housing;a=The
    Ministry of National Unity and Civic Engagement]] were built or repaired for survivors in
    the {{2023/24}} fiscal year, and that [[2,100 others|housing;n=-;u=structure;a=The Ministry
    of National Unity and Civic Engagement]] still need urgent repair. [[About 12,000 elderly
    survivors|aid]] receive a monthly allowance of {{Rwf 20,000}}. In Huye District, the remains
    of [[about 1,000 victims|killed]] found in Ngoma in {{2024}} will be laid to rest at the
    district memorial on {{April 13}}.""",
)

item(
    "TRC flooded with complaints it has never investigated",
    """KATHMANDU (The Kathmandu Post) - Nearly {{18 years}} after the Comprehensive Peace
    Accord, the Truth and Reconciliation Commission is sitting on [[nearly 63,000
    complaints|other;u=other]] from victims of the {{1996-2006}} insurgency, while the
    Commission of Investigation on Enforced Disappeared Persons has [[about
    3,200|other;n=-;u=other]]. Neither has completed a single investigation. The conflict killed
    [[more than 17,000 people|killed]], and [[some 1,300|missing;n=-]] are still missing. The
    state has paid interim relief of {{Rs1 million}} to [[some 14,000 families|aid]] of those
    killed, but survivors of torture and rape have been left out. The House of Representatives
    passed the amended transitional justice bill on {{August 14}} with [[240
    votes|other;u=other]]. "We have waited long enough," said Ram Bahadur Thapa, whose father
    was killed by Maoists in {{2002}}.""",
)

item(
    "OMP received over 21,000 complaints: Chairman",
    """COLOMBO (Daily Mirror) - The Office on Missing Persons (OMP) has received [[more than
    21,000 complaints|other;u=other;a=the OMP's chairman]] since it began work in {{2018}}, the
    OMP's chairman said yesterday. [[About 6,000 of them|other;n=-;u=other;a=the OMP's
    chairman]] came from relatives of members of the security forces, he said. The Office for
    Reparations has so far paid {{Rs.100,000}} each to [[3,871 families|aid;a=officials]] of the
    missing, officials said. The Registrar General has issued [[1,200 certificates of
    absence|other;n=certificates;u=other]]. Mothers of the disappeared in Kilinochchi have
    protested by the roadside for {{more than 2,000 days}}. [[At least 140 of the
    mothers|killed;n=mothers;a=the group]] have died without learning the fate of their
    children, the group says.""",
)

item(
    "Thirty years on, 7,500 Bosnians still missing",
    """SARAJEVO (Balkan Insight) - Bosnia's Missing Persons Institute says [[around 7,500
    people|missing;a=Bosnia's Missing Persons Institute]] are still unaccounted for, {{30
    years}} after the end of the war, out of [[roughly 30,000|missing;n=-;a=Bosnia's Missing
    Persons Institute]] reported missing in {{1995}}. Of the [[more than 8,000 Bosniak men and
    boys|killed;n=men and boys]] killed in Srebrenica, [[6,765|killed;n=-]] have been identified
    and [[6,751|killed;n=-]] buried at the Potocari memorial. [[Seven more victims|killed;p]]
    will be buried there on {{July 11}}. The International Commission on Missing Persons said it
    had helped identify [[more than 22,000 people|killed;a=The International Commission on
    Missing Persons]] in the Western Balkans using DNA. Families complain that the institute's
    budget, about {{€1.5 million}} a year, has barely changed since {{2015}}.""",
)

item(
    "Kosovo commission recognises 1,700 wartime rape survivors",
    """PRISTINA (Balkan Insight) - Kosovo's government commission for the verification of
    survivors of sexual violence has recognised [[more than 1,700 survivors|civilians;a=the
    commission;alt=Kosovo's government commission for the verification of survivors of sexual
    violence]] since it began work in {{2018}}, the commission said. Recognised survivors
    receive a monthly pension of {{€230}}. Human rights groups estimate [[as many as 20,000
    women and men|other;n=women and men;a=Human rights groups]] were raped during the
    {{1998-99}} war. The commission has rejected [[about 600 applications|other;u=other]] and
    [[over 300|other;n=-;u=other]] are still pending. The war killed [[some 13,000
    people|killed]], and [[about 1,600|missing;n=-]] are still missing. "Many women still do not
    dare to apply," said Vjosa Gashi of a Pristina rehabilitation centre for torture
    victims.""",
)

item(
    "Specialist Chambers issue first reparations order",
    """THE HAGUE (Balkan Insight) - The Kosovo Specialist Chambers on Thursday ordered former
    KLA commander Salih Mustafa to pay {{€207,000}} in reparations to [[eight victims|aid;p]] of
    crimes at a detention compound in Zllash in {{April 1999}}. Mustafa, sentenced on appeal to
    {{22 years}}, was convicted of the arbitrary detention and torture of [[six men|arrested]]
    and the murder of [[one of them|killed;n=-]]. The victims' lawyer said [[four of the
    eight|aid;n=-;p;a=The victims' lawyer]] were relatives of the man killed. As Mustafa says he
    has no assets, the court asked its Victims' Trust Fund to pay. The chambers, set up in
    {{2015}}, have indicted [[nine people|arrested]], among them former president Hashim Thaci,
    whose trial has heard [[more than 300 witnesses|other]].""",
)

item(
    "Survivors' directorate approves 2,000 Yazidi applications",
    """ERBIL, Kurdistan Region (Rudaw) - Iraq's General Directorate for Survivors' Affairs said
    on Sunday it had approved [[more than 2,000 survivors|aid;a=Iraq's General Directorate for
    Survivors' Affairs]] for monthly salaries under the Yazidi Survivors' Law of {{2021}}. The
    directorate has received [[some 2,600 applications|other;u=other]], most of them from women
    held by the Islamic State. ISIS abducted [[more than 6,400 Yazidis|kidnapped;a=the Kurdistan
    Region's Office for Rescuing Kidnapped Yazidis]] in {{August 2014}}, and [[about
    2,600|missing;n=-;a=the Kurdistan Region's Office for Rescuing Kidnapped Yazidis]] are still
    missing, according to the Kurdistan Region's Office for Rescuing Kidnapped Yazidis.
    Investigators have opened [[more than 80 mass graves|other;u=other]] in Sinjar. [[Around
    200,000 Yazidis|displaced]] still live in camps in Duhok province.""",
)

item(
    "Claims board recognises 11,000 martial law victims",
    """MANILA (Rappler) - The Human Rights Victims' Claims Board has wrapped up its work after
    receiving [[more than 75,000 applications|other;u=other]] from people who said they had
    suffered under Ferdinand Marcos' martial law. It recognised [[about 11,100|civilians;n=-]]
    as eligible victims under {{Republic Act 10368}} and shared {{P10 billion}} recovered from
    the Marcos family's Swiss accounts. Amnesty International documented [[3,257
    killings|killed;a=Amnesty International]] during martial law from {{1972}} to {{1981}}, and
    [[some 70,000 people|arrested;a=Amnesty International]] imprisoned and
    [[35,000|other;n=-;a=Amnesty International]] tortured, it said. [[Some 4,000
    claimants|other]] filed appeals after their claims were denied.""",
)

item(
    "Syria's new missing persons commission faces huge task",
    """DAMASCUS, {{June 12}} (Reuters) - Syria's new National Commission for Missing Persons
    said on Thursday that [[as many as 300,000 people|missing;a=Syria's new National Commission
    for Missing Persons]] may have disappeared during {{14 years}} of war. The Syrian Network
    for Human Rights has documented [[more than 177,000 people|missing;a=The Syrian Network for
    Human Rights]] still held or forcibly disappeared, most of them by the government of Bashar
    al-Assad. Since Assad fell in {{December 2024}}, [[at least 60 mass graves|other;u=other]]
    have been found, and [[thousands of detainees|arrested]] were freed from prisons such as
    Saydnaya. Families have filed [[some 40,000 requests|other;u=other;a=the commission's head]]
    for information with the commission, the commission's head told Reuters.""",
)

item(
    "Congress extends victims' law for another decade",
    """Colombia's Congress on Tuesday extended {{Law 1448}} of {{2011}}, the Victims and Land
    Restitution Law, until {{2031}}, {{10 years}} beyond its original expiry. The law's
    implementing decree, {{Decree 4800}}, will be updated within {{six months}}. The Comptroller
    General has estimated the cost of full reparation at {{301 trillion pesos}} (about {{$80
    billion}}), of which {{roughly 25%}} has been spent. The Constitutional Court had ordered
    the extension in its ruling {{C-588 of 2019}}. Victims' organisations welcomed the vote but
    warned that at the current pace of spending, reparations would take {{until 2060}}.""",
)
