"""Saada, Sanaa, Hajjah and al-Bayda: border shelling, detainees and swaps, migrants, recruits."""

from _wrap import item

item(
    "Shelling on Saada border market kills migrants",
    """Artillery shelling from across the Saudi border hit the al-Raqw market in Saada's
    Munabbih district on Monday, killing [[at least 20 people|killed;a=the Houthi-run health
    ministry]], most of them African migrants, the Houthi-run health ministry said. The ministry
    said [[at least 35|injured;a=The ministry;alt=the Houthi-run health ministry;n=-]] more had
    been wounded, [[12|injured;a=The ministry;alt=the Houthi-run health ministry;n=-]] of them
    seriously. Médecins Sans Frontières said its team at al-Jumhuri hospital in Saada city had
    received [[27 patients|injured;a=Médecins Sans Frontières]] from the market and
    [[four bodies|killed;a=Médecins Sans Frontières]]. MSF said it had treated
    [[more than 1,500 people|injured;a=MSF]] wounded in the border districts since the start of
    the year, about {{40%}} of them migrants. The Saudi-led coalition did not comment. Local
    officials said [[around 300 families|displaced;a=Local officials]] had left villages along
    the border in {{three days}}, and that [[22 shops|housing;a=Local officials]] in the market
    had been destroyed.""",
)

item(
    "Nearly 900 detainees freed in largest swap of the war",
    """The International Committee of the Red Cross began flying
    [[887 detainees|other;a=the ICRC]] between Sanaa, Aden, Marib, Mokha and Saudi Arabia on
    Friday in the largest prisoner exchange of the war, the ICRC said. The government is to free
    [[706 Houthi prisoners|other;p]], and the Houthis
    [[181 detainees|other;p]], among them [[15 Saudis|other;p]] and
    [[three Sudanese|other;p]]. The ICRC said it was using
    [[six aircraft|other;a=The ICRC]] for [[15 flights|other;a=The ICRC]] over {{three days}}.
    UN envoy Hans Grundberg said the parties would meet again in {{May}} to discuss
    [[more than 1,000 detainees|arrested;a=UN envoy Hans Grundberg]] still held. Families
    gathered at Sanaa airport, where [[hundreds of people|other;a=witnesses]] waited with
    photographs, witnesses said. The deal was agreed in Geneva on {{March 20}} under the
    {{2018}} Stockholm Agreement.""",
)

item(
    "Houthis detain more UN staff in Sanaa",
    """The Houthis detained [[at least nine more UN staff members|arrested;a=the United
    Nations;n=members]] in Sanaa and Hodeidah on Thursday, bringing to
    [[59|arrested;a=the United Nations;n=-]] the number of UN personnel they hold, the United
    Nations said. Secretary-General Antonio Guterres said [[one WFP staff member|killed;a=Secretary-General
    Antonio Guterres;n=member]] had died in Houthi custody in Saada in {{February}}. Mwatana for
    Human Rights said the group had also rounded up [[dozens of employees|arrested;a=Mwatana for
    Human Rights]] of local aid groups, embassies and civil society organisations. The Houthi
    interior ministry said it had dismantled a spy network and arrested
    [[more than 30 people|arrested;a=The Houthi interior ministry]]. The UN suspended its
    operations in Saada, where [[about 1 million people|civilians;a=OCHA]] depend on aid,
    according to OCHA. The world body moved [[around 80 international staff|displaced;a=The world
    body;alt=the United Nations]] to Aden, it said. Those held include
    [[four members of the UN human rights office|arrested;n=members]] arrested in
    {{June 2024}}.""",
)

item(
    "Strike on bus in Dahyan kills schoolchildren",
    """An air strike on a bus in the market town of Dahyan in Saada province on Thursday killed
    [[at least 29 children|killed;a=the International Committee of the Red Cross]] on a school
    trip, the International Committee of the Red Cross said. The ICRC said its hospital in Saada
    had received [[48 wounded|injured;a=The ICRC]], [[30|injured;a=The ICRC;n=-]] of them children,
    and the bodies of [[29 people|killed;a=The ICRC]]. The Houthi-run health ministry put the toll
    at [[50 dead|killed;a=The Houthi-run health ministry;n=dead]] and
    [[77 wounded|injured;a=The Houthi-run health ministry;n=wounded]]. The coalition said it had
    struck a legitimate military target, a bus carrying Houthi fighters. Save the Children said
    the children were aged between {{six}} and {{11}}. The UN Security Council met on the attack;
    the coalition later said mistakes had been made.""",
)

item(
    "Israeli and US strikes hit Sanaa",
    """Israeli warplanes struck power stations and the port of Hodeidah and targets in Sanaa on
    Sunday, killing [[at least 12 people|killed;a=the Houthi-run health ministry]] and wounding
    [[more than 90|injured;a=the Houthi-run health ministry;n=-]], the Houthi-run health ministry
    said. The Israeli military said [[about 20 fighter jets|other;a=The Israeli military;u=other]]
    took part and dropped [[more than 50 munitions|other;a=The Israeli military]]. Residents of
    Sanaa's al-Jiraf district said [[at least 15 houses|housing;a=Residents of Sanaa's al-Jiraf
    district]] near the targeted power plant were damaged. The Houthis said they had fired
    [[two ballistic missiles|other;a=The Houthis;u=other]] at Israel in response. Since
    {{March 15}}, US strikes on Houthi areas have killed [[more than 250 people|killed;a=the
    Houthis]], according to the Houthis, and wounded [[over 700|injured;a=the Houthis;n=-]].
    The US Central Command said it had hit [[more than 1,000 targets|other;a=The US Central
    Command;u=other]] in {{seven weeks}}.""",
)

item(
    "Migrants shot at Saudi border, rights group says",
    """Saudi border guards killed [[at least 655 migrants|killed;a=Human Rights Watch]] and
    asylum seekers crossing from Yemen's Saada province between {{March 2022}} and {{June 2023}},
    Human Rights Watch said in a report on Monday. The group said it had interviewed
    [[42 migrants|other;a=The group;alt=Human Rights Watch]] who described guards firing mortars
    at groups of [[up to 200 people|other;a=The group;alt=Human Rights Watch]]. Survivors told the
    group that [[dozens of bodies|killed;a=Survivors]] were left on the mountain paths. IOM said
    [[about 43,000 migrants|civilians;a=IOM]] were stranded in Yemen and that it had helped
    [[6,200|returned;a=IOM;n=-]] go back to Ethiopia on voluntary return flights in {{2023}}.
    Saudi Arabia deported [[more than 10,000 Yemenis|returned;a=the Yemeni government]] in the
    same period, according to the Yemeni government. MSF said it had treated
    [[over 450 migrants|injured;a=MSF]] for gunshot and shrapnel wounds in Saada.""",
)

item(
    "Displaced return to Saada's Baqim district",
    """[[About 700 families|returned;a=local officials]] have returned to the border district of
    Baqim in Saada province since the truce, local officials said, many of them to villages that
    were shelled for {{seven years}}. The officials said [[1,260 houses|housing;a=The
    officials]] were destroyed in the district and [[a further 3,000|housing;a=The
    officials;n=-;u=structure]] damaged. IOM's Displacement Tracking Matrix recorded
    [[14,600 returnees|returned;a=IOM's Displacement Tracking Matrix]] across the governorate in
    {{2023}}, while [[some 90,000 people|displaced;a=IOM's Displacement Tracking Matrix]] remain
    displaced within it. The Houthi aid authority, SCMCHA, said it had approved projects to
    rebuild [[500 homes|housing;a=The Houthi aid authority;alt=SCMCHA;p]]. UNHCR said it had
    given [[2,100 families|aid;a=UNHCR]] shelter materials and that
    [[another 1,800|aid;a=UNHCR;n=-;u=household;p]] would receive them before winter. Farmers
    said [[around 40 wells|other;a=Farmers]] had been destroyed.""",
)

item(
    "UN verifies recruitment of child soldiers",
    """The UN verified the recruitment and use of [[1,851 children|combatants;a=the Secretary-General's annual report on children and armed conflict;alt=The UN]] by the
    parties to the war between {{2015}} and {{2019}}, according to the Secretary-General's annual
    report on children and armed conflict. It attributed [[1,406|combatants;a=the
    Secretary-General's annual report on children and armed conflict;n=-]] of them to the
    Houthis. In the latest year, the report said, [[152 children|combatants;a=the report]] were
    recruited, the youngest {{aged 11}}, and [[at least 68 child soldiers|killed;a=the report]]
    were killed in fighting. The Houthis signed an action plan in {{April 2022}} to end
    recruitment and said they had handed over [[112 children|other;a=The Houthis]] to their
    families. The government said [[about 30,000 children|combatants;a=The government]] had been
    recruited by the Houthis since {{2014}}, a figure the group rejects. A summer camp in Saada
    attracted [[thousands of boys|other;a=the group's media]], the group's media said.""",
)

item(
    "Hajjah's displaced face cuts in aid",
    """In Abs and Haradh districts of Hajjah, [[more than 400,000 displaced people|displaced;a=the
    United Nations Office for the Coordination of Humanitarian Affairs]] live in
    [[about 390 sites|capacity;a=the United Nations Office for the Coordination of Humanitarian
    Affairs]], according to the United Nations Office for the Coordination of Humanitarian
    Affairs. OCHA said food rations for [[some 250,000|aid;a=OCHA;n=-]] of them had been halved
    since {{January}} because of funding cuts, and that
    [[up to 60,000 people|aid;a=OCHA;p]] could lose assistance entirely by {{June}}. The
    Houthi-run health ministry said [[11 children|killed;a=The Houthi-run health ministry]] had
    died of malnutrition in Abs's hospital in {{a month}}. UNICEF said
    [[45,000 children under five|civilians;a=UNICEF;n=children]] in the district were acutely
    malnourished. Save the Children said it had run [[14 mobile clinics|other;a=Save the
    Children;u=other]] in the district but would close [[six|other;a=Save the Children;n=-;u=other;p]]
    of them.""",
)

item(
    "Diphtheria and measles in Saada",
    """Saada's health office reported [[860 suspected diphtheria cases|other;a=Saada's health
    office]] and [[43 deaths|killed;a=Saada's health office]] from the disease since the start of
    the year, the highest toll in the country. The World Health Organization said vaccination
    coverage in the governorate had fallen to {{30%}} after the Houthis suspended campaigns.
    MSF said its teams in Saada city had admitted [[between 20 and 30 children|other;a=MSF]] a
    week with measles and that [[five|killed;a=MSF;n=-]] had died in {{October}}. UNICEF said it
    had delivered [[250,000 doses|aid;a=UNICEF]] of vaccine to Sanaa but that
    [[nearly 600,000 children|civilians;a=UNICEF]] in the north were not immunised. The Houthi-run
    health ministry said [[24 hospitals|housing;a=The Houthi-run health ministry]] in Saada had
    been damaged by coalition strikes since {{2015}}.""",
)

item(
    "Mine clearance in Sanaa's outskirts",
    """Masam, the Saudi-funded demining project, said its teams had removed
    [[1,231 mines|other;a=Masam]] and explosive devices across Yemen in the {{first week}} of
    {{November}}, bringing its total since {{2018}} to [[more than 470,000|other;a=Masam;n=-;u=other]].
    In Houthi-held areas, where Masam does not work, the Houthi-run mine action centre said its
    teams had cleared [[about 9,000 items|other;a=the Houthi-run mine action centre]] around
    Sanaa's airport and the Nihm front this year. The centre said mines and cluster munitions had
    killed [[62 people|killed;a=The centre;alt=the Houthi-run mine action centre]] and maimed
    [[139|injured;a=The centre;alt=the Houthi-run mine action centre;n=-]] in its areas since
    January. Handicap International said {{four in 10}} mine victims in Yemen were children.
    At the prosthetics centre in Sanaa, [[around 1,200 amputees|aid;a=staff]] were waiting for
    artificial limbs, staff said. The Landmine Monitor counted
    [[499 casualties|other;a=The Landmine Monitor]] of mines and explosive remnants in Yemen in
    {{2023}}, the {{fifth}} highest figure in the world.""",
)

item(
    "Families of the disappeared march in Aden",
    """Mothers of men held in secret prisons marched in Aden on Sunday, carrying photographs of
    sons who have been missing for {{up to eight years}}. The Abductees' Mothers Association said
    it had documented [[1,547 cases|missing;a=The Abductees' Mothers Association;u=person]] of
    enforced disappearance by all parties since {{2015}}, [[483|missing;a=The Abductees' Mothers
    Association;n=-]] of them in areas held by the government and the Southern Transitional
    Council. The group said [[at least 128 detainees|killed;a=The group;alt=The Abductees'
    Mothers Association]] had died under torture. The UN Panel of Experts said in its report that
    the Houthis held [[several thousand people|arrested;a=The UN Panel of Experts]] in
    unofficial detention sites. Mwatana said the Security Belt forces alone were holding
    [[around 400 men|arrested;a=Mwatana]] without charge in Aden and Lahij, and that
    [[37|kidnapped;a=Mwatana;n=-]] had been seized from their homes at night by masked gunmen.
    Police kept [[about 200 officers|combatants]] around the march, which passed without
    incident.""",
)

item(
    "Houthis arrest revellers on revolution anniversary",
    """Houthi security forces arrested [[hundreds of people|arrested;a=rights groups]] in Sanaa,
    Ibb and Dhamar who celebrated the anniversary of the {{September 26}} revolution of {{1962}},
    rights groups said on Friday. The SAM Organization for Rights and Liberties said it had
    documented [[more than 1,200 arrests|arrested;a=The SAM Organization for Rights and
    Liberties;u=person]], including [[35 children|arrested;a=The SAM Organization for Rights and
    Liberties]]. In Ibb, witnesses said gunmen fired on a crowd waving the national flag, wounding
    [[seven people|injured;a=witnesses]]. [[One man|killed]] later died in hospital. Relatives
    said [[about 20 people|kidnapped;a=Relatives]] had been taken from their homes at night by
    men in civilian clothes and held in unknown places. The Houthi-run interior ministry said it
    had detained [[only 46 people|arrested;a=The Houthi-run interior ministry]] for rioting and
    that [[18|arrested;a=The Houthi-run interior ministry;n=-]] had been freed.""",
)

item(
    "Houthi siege of al-Bayda village",
    """Houthi forces besieged the village of Hanaka al-Masoud in al-Bayda province for a
    {{fourth}} day on Thursday, shelling homes and cutting off water, tribal sources said.
    [[At least 11 villagers|killed;a=tribal sources]], among them [[two women|killed;a=tribal
    sources]], had been killed and [[23|injured;a=tribal sources;n=-]] wounded, they said.
    The sources said [[some 3,500 residents|civilians;a=The sources]] were trapped and that
    [[about 40 homes|housing;a=The sources]] had been destroyed. The Houthis said they were
    pursuing a wanted man who had killed [[two of their security personnel|killed;a=The
    Houthis;n=personnel]], and that [[more than 1,000 fighters|combatants;a=The Houthis]] had
    been sent to the area. Local officials said [[between 200 and 250 families|displaced;a=Local
    officials]] had fled to nearby Radaa, and that [[17 men|arrested;a=Local officials]] had been
    detained at checkpoints. The UN envoy called for the siege to be lifted.""",
)

item(
    "Houthi-run government presents budget",
    """The Houthi-run government in Sanaa presented a budget of {{1.3 trillion rials}} for
    {{fiscal year 2025}} on Tuesday, {{12%}} more than the {{2024}} budget. The finance minister
    said salaries would be paid for {{three months}} of the year at {{50%}}. The budget assumes
    an exchange rate of {{535}} rials to the dollar. The rival government in Aden has not
    published a budget since {{2019}}.""",
)

item(
    "Saada pomegranate season opens",
    """Saada's pomegranate harvest began this week, with farmers expecting a crop
    {{15%}} smaller than in {{2024}}. A {{20-kilogram}} box sells
    for {{12,000 rials}} in Sanaa. The province's farms, shelled on the border since {{2015}},
    produce {{70%}} of the country's pomegranates. Exports to Saudi Arabia stopped in
    {{March 2015}}.""",
)
