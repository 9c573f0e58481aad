"""Epidemics in war zones: cholera in Yemen, Sudan, Haiti, Syria, Nigeria and Cabo Delgado;
measles in camps; Ebola in North Kivu and Ituri, where armed groups attack the response; mpox
around Goma; polio in Gaza; hepatitis E in eastern Chad (items with figures first, then three
without)."""

from _wrap import item

item(
    "Yemen cholera cases pass half a million, WHO says",
    """Yemen has recorded [[more than 500,000 suspected cholera cases|other;a=the World Health
    Organization]] and [[nearly 2,000 deaths|killed;a=the World Health Organization]] since the
    outbreak began in April, the World Health Organization said on Monday. The agency estimated
    that [[about 5,000 people a day|other;a=The agency;alt=the World Health Organization]] were
    falling ill. {{More than half}} of the country's health facilities have closed or been
    damaged in {{two years}} of war.""",
)

item(
    "Unpaid health workers keep Yemen's cholera wards open",
    """[[About 30,000 health workers|other;a=UNICEF]] in Yemen have not been paid for {{10
    months}}, UNICEF said, yet many still staff the cholera treatment centres. The coalition's
    restrictions on Hodeidah port have slowed deliveries of fuel for the generators that run
    water pumps. UNICEF said it had flown in [[36 tonnes|aid;a=UNICEF]] of oral rehydration
    salts and intravenous fluids since May.""",
)

item(
    "Air strike hits new cholera centre in Yemen's Abs",
    """An air strike by the Saudi-led coalition hit a cholera treatment centre run by Doctors
    Without Borders in Abs, in Hajjah province, on Monday, the charity said. The centre had
    [[50 beds|capacity]] and was due to open within days; no one was inside. The coalition said
    it was investigating. Last year a strike on the Abs hospital, also supported by the group,
    killed [[19 people|killed]].""",
)

item(
    "Cholera spreads in Yemen as Houthis hold UN staff",
    """Yemen has recorded [[more than 95,000 suspected cholera cases|other;a=the WHO]] and
    [[258 associated deaths|killed;a=the WHO]] since January, the WHO said, {{two thirds}} of
    them in Houthi-controlled areas. The Houthis are holding [[13 UN personnel|arrested;a=the
    UN]], among them staff of the health agency, the UN said, which has slowed the response in
    Sanaa and Hodeidah.""",
)

item(
    "Diphtheria returns to Yemen, killing dozens",
    """Diphtheria, a disease rarely seen in Yemen for decades, has caused [[more than 1,300
    suspected cases|other;a=the WHO]] and [[73 deaths|killed;a=the WHO]], most of them
    children, the WHO said. A vaccination campaign beginning on Saturday aims to reach [[2.7
    million children|aid;p;v=2700000]] aged {{six weeks to 15 years}}. Vaccination rates have
    collapsed since the war escalated in {{2015}}.""",
)

item(
    "Sudan declares cholera outbreak as displaced crowd Kassala",
    """Sudan's health ministry declared a cholera outbreak on Monday, reporting [[22
    deaths|killed;a=Sudan's health ministry]] and [[354 confirmed cases|other;a=Sudan's health
    ministry]], mostly in Kassala state. Kassala has taken in [[about 240,000
    people|displaced]] fleeing fighting in Khartoum and Gezira, many of them sleeping in
    crowded schools with few latrines.""",
)

item(
    "Cholera surges in Khartoum after drone strikes cut power",
    """Cholera infected [[more than 2,700 people|other;a=the health ministry]] in Khartoum
    state in a single week and killed [[172|killed;a=the health ministry]], the health ministry
    said, after drone strikes blamed on the Rapid Support Forces knocked out power stations and
    the water pumps they run. Residents have been drawing water from the Nile. [[Thirty-four
    patients|killed;a=the ministry;alt=the health ministry]] died before reaching treatment,
    the ministry said.""",
)

item(
    "MSF overwhelmed by cholera in Tawila after El Fasher exodus",
    """Doctors Without Borders said it had treated [[over 1,000 patients|injured;a=Doctors
    Without Borders]] for cholera in Tawila in a single week. The town now shelters [[more than
    500,000 people|displaced;a=the group;alt=Doctors Without Borders]] who fled the Rapid
    Support Forces' assault on El Fasher and Zamzam camp, the group said. It has opened [[two
    cholera treatment centres|capacity]] with [[200 beds|capacity]] between them.""",
)

item(
    "WHO counts attacks on health care in Sudan as disease spreads",
    """The WHO has verified [[119 attacks on health care|other;u=other;n=attacks;a=The WHO]] in
    Sudan since the war began, killing [[165 health workers and patients|killed;n=health
    workers and patients;a=The WHO]]. {{Some 70 to 80 percent}} of hospitals in conflict areas
    are out of service, the agency said, as cholera, dengue and measles spread.""",
)

item(
    "Measles kills children at Renk transit centre",
    """Measles has killed [[13 children|killed;a=Doctors Without Borders]] at the Renk transit
    centre in northern South Sudan since mid-May, Doctors Without Borders said, and the charity
    has treated [[more than 400 children|injured;a=the charity;alt=Doctors Without Borders]]
    from families arriving from Sudan. [[Between 1,200 and 1,500 people a
    day|displaced;a=UNHCR]] are crossing at Joda, according to UNHCR, and the centre, built for
    [[3,000|capacity;n=-]], holds {{three times}} that.""",
)

item(
    "Congo's measles epidemic has killed more than 6,000",
    """Measles has killed [[more than 6,000 people|killed;a=the WHO]] in the Democratic
    Republic of Congo this year, the WHO said on Tuesday, {{more than twice}} as many as Ebola
    since {{2018}}. In Ituri province, where militia attacks have driven [[about 1.5 million
    people|displaced;v=1500000]] from their homes, vaccination teams can reach only some of the
    camps. [[Over 310,000 suspected cases|other;a=the agency;alt=the WHO]] have been recorded
    nationwide, the agency said.""",
)

item(
    "Measles and malnutrition stalk Baidoa's camps",
    """[[More than 13,000 suspected measles cases|other;a=the health ministry]] have been
    reported in Somalia this year, the health ministry said, most of them in displacement camps
    around Baidoa where families fleeing drought and fighting have arrived in the past {{six
    months}}. [[At least 56 children|killed]] have died. The ministry and UNICEF plan to
    vaccinate [[about 1.2 million children|aid;p;v=1200000;a=The ministry and UNICEF]] under
    {{five}}.""",
)

item(
    "Returnees vaccinated at Torkham as measles spreads in Afghanistan",
    """Health workers at the Torkham crossing are vaccinating [[about 1,500 returnee children a
    day|aid;a=the WHO]] against measles and polio, the WHO said, as Pakistan continues to expel
    Afghans. Afghanistan recorded [[more than 60,000 suspected measles cases|other;a=the
    agency;alt=the WHO]] last year, the agency said, and [[over 300 deaths|killed;a=the
    agency;alt=the WHO]].""",
)

item(
    "Policeman killed in attack on Butembo Ebola centre",
    """Gunmen attacked an Ebola treatment centre in Butembo early on Saturday, killing [[one
    police officer|killed;a=the health ministry]] and wounding [[two health
    workers|injured;a=the health ministry]], the health ministry said. [[Four
    patients|missing;a=the ministry]] with confirmed Ebola fled during the attack and are being
    sought, the ministry said. It was the {{third}} attack on the centre since February.""",
)

item(
    "WHO epidemiologist shot dead at Butembo hospital",
    """A Cameroonian epidemiologist working for the WHO was shot dead by gunmen who stormed the
    Butembo university hospital during a meeting on Friday, and [[two others|injured;a=the
    agency;alt=the WHO]] were wounded, the agency said. The outbreak has infected [[more than
    1,200 people|other;a=the health ministry]] and killed [[over 800|killed;a=the health
    ministry]] in North Kivu and Ituri, according to the health ministry.""",
)

item(
    "Militia attack forces WHO to pull staff out of Ebola hot spot",
    """Mai-Mai fighters attacked an Ebola response base in Biakato overnight, killing [[three
    workers|killed;a=the WHO]], [[one of them|killed;n=-;a=the WHO]] a vaccinator, the WHO
    said. The agency evacuated [[121 staff|displaced;a=The agency;alt=the WHO]] to Goma, and
    vaccinations stopped in the area, where [[about 300 contacts|other]] were being
    followed.""",
)

item(
    "ADF raid in Beni halts Ebola vaccinations",
    """Rebels of the Allied Democratic Forces killed [[21 civilians|killed;a=local officials]]
    in a raid on the outskirts of Beni on Saturday and took [[at least 15
    children|kidnapped;a=local officials]], local officials said. The health ministry suspended
    Ebola vaccinations in the town for {{three days}}, leaving [[more than 200
    contacts|other;a=a ministry spokeswoman]] unmonitored, a ministry spokeswoman said.""",
)

item(
    "Gunmen abduct Ebola health workers in Ituri",
    """Gunmen abducted [[three health workers|kidnapped;a=the provincial health department]] on
    the road between Mambasa and Biakato on Wednesday, the provincial health department said.
    The workers were returning from a vaccination round in [[two villages|other]]. Armed groups
    have killed [[at least 11 Ebola responders|killed]] since the outbreak was declared in
    {{August 2018}}.""",
)

item(
    "Mpox spreads in displacement camps around Goma",
    """[[More than 1,000 mpox cases|other;a=the provincial health authorities]] have been
    recorded in displacement camps around Goma this year, the provincial health authorities
    said, most of them of the {{clade Ib}} strain first found in South Kivu. The camps hold
    [[about 650,000 people|displaced]] who fled the {{M23}} offensive. Doctors said {{one in
    three}} patients was a child.""",
)

item(
    "Mpox patients flee Goma clinics as M23 fighters enter",
    """[[Around 100 mpox patients|missing;a=the WHO]] left treatment centres in Goma as
    fighting reached the city and have not been traced, the WHO said on Friday. The fighting
    killed [[about 2,900 people|killed;a=the UN]], the UN said. The Kyeshero mpox ward, with
    [[110 beds|capacity]], now stands almost empty.""",
)

item(
    "Gaza polio vaccination reaches over half a million children",
    """Health workers vaccinated [[more than 560,000 children|aid;a=the WHO]] against polio in
    the first round of Gaza's campaign, the WHO said on Thursday, during daily pauses in the
    fighting in central, southern and northern Gaza. [[About 1.26 million doses|aid;v=1260000]]
    of the vaccine were brought in for the campaign. The virus was detected in a
    {{10-month-old}} boy in Deir al-Balah in August.""",
)

item(
    "Cholera spreads in Haiti as gangs block fuel terminal",
    """Cholera has killed [[at least 35 people|killed;a=the health ministry]] in Haiti since it
    re-emerged this month, the health ministry said, and [[more than 1,500 suspected
    cases|other;a=the health ministry]] are being treated or watched. A gang coalition has
    blockaded the Varreux fuel terminal for {{five weeks}}, leaving hospitals without diesel
    for generators and water trucks idle.""",
)

item(
    "In Cite Soleil, a cholera clinic between two gangs",
    """Doctors Without Borders is treating [[about 100 cholera patients a day|injured;a=Doctors
    Without Borders]] at its centre in Cite Soleil, the group said, many of them brought in by
    neighbours across gang front lines. Fighting between the {{G9}} and G-Pep coalitions in the
    Brooklyn area in July killed [[nearly 300 people|killed;a=the UN]], according to the
    UN.""",
)

item(
    "Cholera spreads across north-west Syria's camps",
    """North-west Syria has recorded [[over 13,000 suspected cholera cases|other;a=the Syria
    Immunization Group]] and [[more than 20 deaths|killed;a=the Syria Immunization Group]]
    since the outbreak reached Idlib in October, the Syria Immunization Group said. [[Around
    1.7 million doses|aid;v=1700000]] of oral vaccine arrived through Bab al-Hawa in March,
    after the earthquake. The disease spread from the Euphrates, where drought and damage to
    water stations from years of war have left people drinking river water.""",
)

item(
    "Cholera hits Mocimboa da Praia as displaced families return",
    """Health officials in Cabo Delgado have recorded [[nearly 200 cholera cases|other;a=Health
    officials in Cabo Delgado]] in Mocimboa da Praia since January. The town was retaken from
    Islamist insurgents by Rwandan and Mozambican troops in {{2021}}, and [[about 80,000
    people|returned;a=the International Organization for Migration]] have returned since,
    according to the International Organization for Migration, to a town whose water system was
    destroyed.""",
)

item(
    "Hepatitis E kills pregnant women in Chad's refugee camps",
    """An outbreak of hepatitis E in camps for Sudanese refugees in eastern Chad has caused
    [[more than 2,000 cases|other;a=Doctors Without Borders]] and [[eight
    deaths|killed;a=Doctors Without Borders]], most of them pregnant women, Doctors Without
    Borders said. The charity said the Adre transit camp had [[290 latrines|other;a=The
    charity;alt=Doctors Without Borders]] for [[about 140,000 people|displaced;a=The
    charity;alt=Doctors Without Borders]], {{one for every 480}}.""",
)

item(
    "RSF fighters seize volunteers from Omdurman cholera centre",
    """Fighters of the Rapid Support Forces abducted [[five volunteers|kidnapped;a=the
    Emergency Lawyers group]] from a cholera isolation centre in Omdurman on Tuesday, the
    Emergency Lawyers group said, and took [[two ambulances|other]]. The centre had been
    treating [[about 40 patients|injured]] at the time. The RSF denied the account.""",
)

item(
    "Houthis detain health workers as cholera season begins",
    """Houthi security forces in Sanaa have detained [[at least six health workers|arrested;a=a
    rights group]], including [[two|arrested;n=-;a=a rights group]] who worked on a cholera
    vaccination campaign, a rights group said on Monday. The campaign, which had been meant to
    reach [[about 800,000 people|aid;p]] in the capital, has been suspended.""",
)

item(
    "Cholera follows Maiduguri floods into camps",
    """Cholera has killed [[at least 40 people|killed;a=Borno's health commissioner]] in Borno
    state since the Alau dam collapse flooded Maiduguri, Borno's health commissioner said.
    [[More than 1,700 cases|other]] have been recorded, most in the camps where [[about 2
    million people|displaced;v=2000000]] have lived during {{15 years}} of the Boko Haram
    insurgency.""",
)

item(
    "Malaria surges in Bentiu as floodwater stands",
    """Doctors Without Borders said its hospital in the Bentiu displacement camp had treated
    [[2,600 children|injured;a=Doctors Without Borders]] for malaria in September, double the
    number of a year earlier. Stagnant floodwater has surrounded the camp for {{four years}}.
    The hospital has [[150 beds|capacity]] and has had to put patients on the floor.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Gaza records first polio case in 25 years",
    """A {{10-month-old}} boy in Deir al-Balah has been paralysed by type {{2}} poliovirus, the
    {{first}} case in the Gaza Strip in {{25 years}}, the WHO said on {{23 August}}. The boy
    had missed his vaccinations because of the war. The agency said the virus had been found in
    sewage samples taken on {{16 July}}.""",
)

item(
    "WHO raises Sudan cholera response to its highest grade",
    """The WHO classed Sudan's cholera outbreak as a {{Grade 3}} emergency on {{4 September}},
    its highest level, {{17 months}} after the war began. The agency said it would need {{$16
    million}} over {{six months}}. Vaccination coverage had fallen below {{50 percent}} in
    Darfur.""",
)

item(
    "Vaccine stockpile low as cholera spreads in war zones",
    """The global stockpile of oral cholera vaccine fell below the {{5 million}} dose safety
    threshold {{14 times}} in {{2024}}, the International Coordinating Group said, forcing it
    to keep the {{one-dose}} regime adopted in {{October 2022}}. Production is expected to rise
    by {{a third}} next year.""",
)
