"""Sudan (Jeddah talks and humanitarian truces), Ethiopia (Pretoria), DR Congo and the M23,
Libya, South Sudan, Mozambique, the Central African Republic and Mali: truces and peace deals
and their terms in numbers (17 texts, 2 of them with numbers but no figure)."""

from _wrap import item

item(
    "Jeddah truce: a week to get aid into Khartoum",
    """The {{seven-day}} ceasefire signed in Jeddah by the Sudanese army and the Rapid Support
    Forces took effect at {{9:45 p.m.}} on Monday, with both sides committed to letting aid
    through and to leaving hospitals and other public buildings. Sudan's doctors' union said
    [[at least 863 civilians|killed;a=Sudan's doctors' union]] had been killed since fighting
    broke out on {{15 April}}. The UN said
    [[more than 1.1 million people|displaced;a=The UN]] had fled their homes, including
    [[about 250,000|displaced;a=The UN]] who had crossed into neighbouring countries. WFP said
    looters had stolen [[17,000 tonnes|aid;a=WFP]] of food from its warehouses in Khartoum. The
    doctors' union says
    [[70 hospitals|other;a=The doctors' union;alt=Sudan's doctors' union]] in Khartoum and
    Darfur are out of service. The RSF said it had freed
    [[about 200 army prisoners|arrested;a=The RSF]] as a goodwill gesture before the truce
    began.""",
)

item(
    "Mediators tally violations as Sudan truce frays",
    """Saudi Arabia and the United States said the monitoring mechanism had documented
    [[dozens of violations|other;u=other;a=Saudi Arabia and the United States]] on both sides,
    including air strikes, artillery fire and the occupation of
    [[at least 12 hospitals|other;a=Saudi Arabia and the United States]]. WFP said it had
    reached [[about 17,000 people|aid;a=WFP]] in Khartoum during the truce, far short of the
    [[2.5 million|aid;p;a=WFP]] it hopes to feed within {{six months}}. The UN says
    [[24.7 million people|civilians;a=The UN]] in Sudan, {{about half}} the population, need
    humanitarian aid. Residents of Omdurman said
    [[at least 17 people|killed;a=Residents of Omdurman]] were killed when shells hit a market on
    Thursday, the {{sixth day}} of the truce. The ceasefire is due to expire at {{9:45 p.m.}} on
    Monday.""",
)

item(
    "RSF says it accepts three-month humanitarian truce",
    """The Rapid Support Forces said on Thursday that it accepted a {{three-month}} humanitarian
    truce proposed by the United States, Saudi Arabia, Egypt and the United Arab Emirates,
    {{10 days}} after it seized El Fasher. The army has not responded. The IOM says
    [[more than 107,000 people|displaced;a=The IOM]] have fled El Fasher since it fell, most of
    them to Tawila, {{60 km}} to the west, where
    [[about 650,000 people|displaced;a=The IOM]] now shelter in
    [[some 40 sites|capacity;a=The IOM]]. The World Health Organization said
    [[460 people|killed;a=The World Health Organization]] were killed at the Saudi Maternity
    Hospital. Survivors said the RSF was holding [[thousands of men|kidnapped;a=Survivors]] for
    ransom. Families in Tawila say
    [[hundreds of relatives|missing;a=Families in Tawila]] are unaccounted for. Medecins Sans
    Frontieres said its teams in Tawila had treated
    [[more than 400 wounded|injured;a=Medecins Sans Frontieres]]. The UN estimates
    [[260,000 civilians|civilians;a=The UN]] were trapped in El Fasher before it fell.""",
)

item(
    "Pretoria deal: Tigray forces to hand over heavy weapons within 30 days",
    """Under the agreement signed in Pretoria on {{2 November}}, Tigrayan forces are to hand over
    their heavy weapons within {{30 days}} and federal troops will enter Mekelle. Olusegun
    Obasanjo, the African Union mediator, said a team of
    [[10 experts|other;p;a=Olusegun Obasanjo]] would monitor the truce. Tigrayan officials say
    they have [[more than 270,000 fighters|combatants;a=Tigrayan officials]]. Ethiopia's National
    Rehabilitation Commission plans to demobilise
    [[371,971 former combatants|combatants;p;a=Ethiopia's National Rehabilitation Commission]]
    nationwide over {{two years}}. Researchers at Ghent University estimate
    [[between 300,000 and 600,000 civilians|killed;a=Researchers at Ghent University]] died in
    the war, from violence, hunger and lack of care. The UN says
    [[2.1 million people|displaced;a=The UN]] remain displaced in northern Ethiopia and
    [[5.4 million|civilians;a=The UN]] need food aid. A WFP convoy of [[25 trucks|aid]] reached
    Shire on Thursday, the first to enter Tigray since {{August}}.""",
)

item(
    "Tigray returns begin in Tselemti, a year behind schedule",
    """The interim administration in Mekelle said
    [[about 3,000 families|returned;a=The interim administration in Mekelle]] had gone back to
    their villages in Tselemti district this week, the first organised returns since the
    Pretoria agreement of {{November 2022}}. Under a deal reached in {{April 2025}}, the federal
    and Tigray authorities agreed to return
    [[about 1 million displaced people|returned;p]] before the rains. The IOM said
    [[72,000 people|displaced;a=The IOM]] were still living in
    [[28 collective centres|capacity;a=The IOM]] in Mekelle and Shire, most of them schools.
    Tigray officials say Eritrean troops still hold parts of
    [[at least 20 kebeles|other;u=other;a=Tigray officials]], the smallest administrative unit.
    Returnees told Reuters that [[some 500 homes|housing;a=Returnees]] in their area had been
    looted or burned. The Disarmament, Demobilisation and Reintegration Commission said
    [[75,000 Tigrayan ex-fighters|combatants;p;a=The Disarmament, Demobilisation and Reintegration Commission]]
    would be demobilised in the {{first phase}}.""",
)

item(
    "Rwanda to pull troops from Congo within 90 days under US-brokered deal",
    """The peace agreement signed in Washington on {{27 June}} gives Rwanda {{90 days}} to lift
    what it calls its defensive measures in eastern Congo. UN experts estimate
    [[3,000 to 4,000 Rwandan soldiers|combatants;a=UN experts]] are fighting alongside the
    {{M23}} rebels. Congo's government says
    [[about 7,000 people|killed;a=Congo's government]] have been killed since {{January}}, when
    the rebels took Goma. UNHCR said [[about 110,000 people|returned;a=UNHCR]] left
    [[seven camps|capacity;a=UNHCR]] around Goma in February after the rebels ordered them
    closed. The UN says [[more than 2.8 million people|displaced;a=The UN]] are displaced in
    North Kivu. In Doha, Congo and the rebels later agreed on a prisoner exchange run by the
    ICRC, which said it was ready to move [[up to 1,000 people|other;p;a=the ICRC]]. MONUSCO has
    [[about 11,000 peacekeepers|combatants]] in the country.""",
)

item(
    "Congo's army and M23 trade blame as Doha truce falters",
    """The UN human rights office said
    [[at least 319 civilians|killed;a=The UN human rights office]] were killed by the rebels in
    [[four villages|other;a=The UN human rights office]] of Rutshuru territory in {{July}}, weeks
    after the declaration of principles signed in Doha. The joint verification mechanism in Goma
    said it had recorded
    [[more than 60 violations|other;u=other;a=The joint verification mechanism in Goma]] in its
    {{first month}}. The mechanism has [[12 officers|other]] from the region. Civil society
    leaders in Masisi said
    [[at least 58 people|kidnapped;a=Civil society leaders in Masisi]] had been abducted by
    armed groups since the truce. OCHA said [[about 220,000 people|displaced;a=OCHA]] fled
    fighting in South Kivu in {{August}}, and that
    [[between 40 and 50 schools|other;a=OCHA]] had closed.""",
)

item(
    "Libya's rivals sign permanent ceasefire in Geneva",
    """Stephanie Williams, the acting UN envoy, said
    [[about 20,000 foreign fighters|combatants;a=Stephanie Williams]] were in Libya and that
    [[10 military bases|other;u=structure;a=Stephanie Williams]] were fully or partly occupied
    by foreign forces. Under the deal signed by the {{5+5}} Joint Military Commission, all
    foreign fighters must leave within {{three months}}. The IOM says
    [[more than 392,000 people|displaced;a=The IOM]] remain displaced, while
    [[567,000|returned;a=The IOM]] have gone back home since {{2016}}. The Security Council later
    approved [[up to 60 ceasefire monitors|other;p]] to be based in Sirte. The battle for
    Tripoli, from {{April 2019}} to {{June 2020}}, killed
    [[more than 2,000 fighters|killed]] and [[hundreds of civilians|killed]].""",
)

item(
    "Truce holds in Tripoli after clashes that killed eight",
    """Libya's emergency medicine centre said
    [[eight people|killed;a=Libya's emergency medicine centre]] were killed and
    [[more than 30|injured;a=Libya's emergency medicine centre]] wounded in clashes that broke
    out in Tripoli after the killing of a militia leader on {{12 May}}. The Presidential Council
    announced a truce on Wednesday, to be watched by a committee of army officers. The Libyan
    Red Crescent said it had evacuated
    [[about 1,100 residents|displaced;a=The Libyan Red Crescent]] from Abu Salim and recovered
    [[58 bodies|killed;a=The Libyan Red Crescent]] from a hospital run by the Stability Support
    Apparatus. It said [[10 people|missing;a=The Libyan Red Crescent]] were still missing. Prison
    officials said [[16 inmates|other;a=Prison officials]] had escaped from Al-Jadida prison
    during the fighting. The Government of National Unity's interior ministry said
    [[1,400 police officers|combatants;p;a=The Government of National Unity's interior ministry]]
    would be deployed to keep the peace in the capital.""",
)

item(
    "South Sudan graduates first unified troops, years late",
    """South Sudan graduated [[about 21,000 soldiers|combatants]] of its unified forces at a
    ceremony in Juba on Tuesday, the {{first batch}} of the [[83,000|combatants;p]] that the
    {{2018}} peace agreement requires. President Salva Kiir said
    [[about 30,000 more|combatants;p;n=-;a=President Salva Kiir]] would graduate by the end of
    the year. The Reconstituted Joint Monitoring and Evaluation Commission said it had recorded
    [[at least 24 violations|other;u=other;a=The Reconstituted Joint Monitoring and Evaluation Commission]]
    of the ceasefire in {{2022}}. The UN says
    [[2.3 million South Sudanese|displaced;n=South Sudanese;a=The UN]] are refugees abroad and
    [[2 million|displaced;a=The UN]] are displaced at home. The transition period set by the
    deal has been extended by {{24 months}}.""",
)

item(
    "Last Renamo base closes as disarmament ends",
    """Mozambique closed the last of Renamo's
    [[16 military bases|other;u=structure;a=President Filipe Nyusi]] on Thursday, ending the
    disarmament and demobilisation of
    [[5,221 former guerrillas|combatants;a=President Filipe Nyusi]] under the {{2019}} Maputo
    accord, President Filipe Nyusi said. They include [[257 women|combatants]], and each will
    receive a pension for {{12 months}}. Mirko Manzoni, the UN envoy, said
    [[about 2,000 weapons|other;a=Mirko Manzoni]] had been handed over. Renamo's leader, Ossufo
    Momade, said [[about 300 former fighters|combatants;a=Ossufo Momade]] were still waiting for
    their pensions. A breakaway faction, the Renamo Military Junta, killed
    [[at least 30 people|killed]] in attacks on roads in central Mozambique between
    {{August 2019}} and {{late 2020}}.""",
)

item(
    "Central African armed groups sign peace deal in Bangui",
    """The Central African Republic's government and [[14 armed groups|other;u=other]] signed a
    peace agreement in Bangui on Wednesday, after {{10 days}} of talks in Khartoum. The groups
    control about {{80%}} of the country. The government promised to integrate
    [[some 5,000 fighters|combatants;p]] into the army and mixed units. The UN said
    [[at least 1,000 ex-combatants|combatants;a=The UN]] had already been disarmed under a pilot
    programme. The UN peacekeeping mission, MINUSCA, has [[11,650 troops|combatants]] in the
    country. The UN refugee agency says
    [[more than 640,000 people|displaced;a=The UN refugee agency]] are displaced inside the
    country and [[575,000|displaced;a=The UN refugee agency]] are refugees abroad.""",
)

item(
    "Jeddah talks end with pledge on aid, no ceasefire",
    """The army and the RSF ended a {{second round}} of talks in Jeddah on Tuesday by pledging to
    ease aid deliveries, but agreed no ceasefire. The ICRC said it had helped return
    [[125 army soldiers|arrested;a=The ICRC]] freed by the RSF to their families. The RSF says it
    holds [[about 3,000 prisoners|arrested;a=The RSF]]. OCHA said aid had reached
    [[some 3.8 million people|aid;a=OCHA]] since April. ACLED says
    [[more than 9,000 people|killed;a=ACLED]] have been killed since the war began. The UN
    refugee agency said [[at least 800 people|killed;a=The UN refugee agency]] were killed when
    the RSF took Ardamata in West Darfur this month. Chadian authorities say
    [[over 450,000 Sudanese refugees|displaced;a=Chadian authorities]] have crossed into
    Chad.""",
)

item(
    "Mali's northern rebels to canton fighters under Algiers accord",
    """Under the peace accord the Coordination of Azawad Movements signed in Bamako on
    {{20 June 2015}}, the rebels will gather their fighters in
    [[24 cantonment sites|other;p]] before disarming. MINUSMA said it expected
    [[about 10,000 combatants|combatants;p;a=MINUSMA]] to be cantoned. The mission, with
    [[some 11,000 blue helmets|combatants;n=blue helmets]], will also monitor the ceasefire. UNHCR says
    [[about 140,000 Malians|displaced;a=UNHCR]] are still refugees in Niger, Burkina Faso and
    Mauritania and [[some 60,000|displaced;a=UNHCR]] are displaced inside the country. Mali's
    justice ministry said [[21 rebel prisoners|arrested;a=Mali's justice ministry]] had been
    freed as a goodwill gesture.""",
)

item(
    "M23 hands Kibumba to East African force",
    """{{M23}} rebels withdrew from Kibumba on Friday and handed the town to the East African
    regional force's Kenyan contingent, which numbers [[about 900 soldiers|combatants]]. Under
    the Luanda roadmap of {{November 2022}}, the rebels were to pull back to the positions they
    held early this year. The UN says
    [[more than 520,000 people|displaced;a=The UN]] have fled the rebel offensive since
    {{March}}. Congo's government said [[131 civilians|killed;a=Congo's government]] were killed
    by the rebels in Kishishe in November. The regional force plans to deploy
    [[about 12,000 troops|combatants;p;a=The regional force;alt=East African regional force]].
    Local officials said only [[about 300 families|returned;a=Local officials]] had come back so
    far, out of [[some 5,000|civilians;u=household;a=Local officials]] who lived in Kibumba
    before the fighting.""",
)

# ---------------------------------------------------------------- numbers but no figure

item(
    "Two years after Pretoria, Tigray's bill still unpaid",
    """Two years after the Pretoria agreement of {{2 November 2022}}, Tigray's interim
    administration says reconstruction will cost about {{$20 billion}}. The federal budget for
    {{2024-25}} set aside {{1.3 billion birr}} for the region, less than {{1%}} of what its
    officials requested. Inflation in Ethiopia ran at {{28%}} last year, and the birr lost
    {{more than half}} its value after it was floated in {{July 2024}}. The African Union's
    panel, led by Olusegun Obasanjo, is due to meet again in Addis Ababa in {{December}}.""",
)

item(
    "Sudan talks in Jeddah adjourned indefinitely",
    """Saudi Arabia and the United States said on {{21 June 2023}} they had adjourned the Jeddah
    talks, which began on {{6 May}}, because both sides kept breaking the truces agreed there.
    The last of them, of {{72 hours}}, ended at {{6 a.m.}} on Wednesday. The Jeddah Declaration
    of {{11 May}} committed the army and the RSF to protect civilians but set no date for a
    ceasefire. Khartoum's airport lies about {{4 km}} from the army's headquarters, where some
    of the heaviest fighting took place. The Sudanese pound has lost {{40%}} of its value on the
    parallel market since {{mid-April}}.""",
)
