"""Items of eval/dev68 (written blind; see README.md).

Mass arrests in crackdowns: Iran 2022, Belarus 2020, Bangladesh 2024, Kenya 2024,
Georgia, Serbia, Venezuela 2024, Turkey 2025, Russia, Myanmar, Hong Kong; executions and death
sentences in Iran; pardons and amnesties (Belarus, Myanmar).
"""

from figset import F

F(
    "UN says at least 14,000 detained in Iran protest crackdown",
    "Iranian authorities have detained"
    " [[at least 14,000 people|arrested;a=the UN human rights office]], among them"
    " students, lawyers and children, since protests over the death in morality police"
    " custody of {{22-year-old}} Mahsa Amini began in September, the UN human rights office"
    " said on Tuesday. HRANA, a monitoring group based outside Iran, has counted"
    " [[326 protesters|killed;a=HRANA]] killed, including [[43 children|killed;a=HRANA]],"
    " and arrests in [[more than 130 cities|other;u=other;a=HRANA]]. The authorities have"
    " not published a national figure for arrests.",
)

F(
    "Amnesty says Iran has hanged four men over protests",
    "Iran has hanged [[four men|killed;a=Amnesty International]] over the nationwide"
    " protests, [[two of them|killed;n=-;a=Amnesty International]] in public, Amnesty"
    " International said on Monday. The group said"
    " [[at least 26 others|other;a=The group;alt=Amnesty International]] had been sentenced"
    " to death or charged with capital offences such as 'moharebeh', or enmity against God,"
    " under {{Article 279}} of the penal code, often after trials that lasted less than"
    " {{an hour}}.",
)

F(
    "Iran executions hit eight-year high, rights group says",
    "Iran executed [[at least 834 people|killed;a=Iran Human Rights]] in {{2023}}, the"
    " highest number since {{2015}}, Iran Human Rights said in its annual report on"
    " Tuesday. Of those hanged, [[471|killed;a=the Oslo-based group;alt=Iran Human Rights]]"
    " had been convicted of drug offences, a rise of {{84%}} on the year before, and"
    " [[22|killed;a=the Oslo-based group;alt=Iran Human Rights]] were women, the Oslo-based"
    " group said.",
)

F(
    "Belarus says nearly 7,000 detained in three days of protests",
    "Belarusian police detained [[nearly 7,000 people|arrested;a=the interior ministry]] in"
    " the first {{three days}} of protests against Alexander Lukashenko's disputed"
    " re-election, the interior ministry said on Thursday. Released detainees described"
    " beatings at the Okrestina detention centre in Minsk, where"
    " [[up to 50 people|arrested]] were crammed into cells built for [[four|capacity]]."
    " [[At least two protesters|killed]] have died, and the health ministry said"
    " [[more than 250|injured;a=the health ministry]] had been treated in hospital.",
)

F(
    "Lukashenko pardons another group as Viasna counts 1,169 political prisoners",
    "Belarusian leader Alexander Lukashenko has pardoned"
    " [[another 23 people|arrested;a=the presidential press service]] convicted of"
    " 'extremist' offences, the presidential press service said on Wednesday, the {{14th}}"
    " such release since {{July 2024}}. Viasna, whose founder Ales Bialiatski is serving a"
    " {{10-year}} sentence, said [[1,169 political prisoners|arrested;a=Viasna]] remained"
    " behind bars and that [[about 150 people|arrested;a=Viasna]] had been jailed on"
    " political charges since the start of the year.",
)

F(
    "Bangladesh police arrest thousands as curfew enters sixth day",
    "Police in Bangladesh have arrested"
    " [[more than 10,000 people|arrested;a=police officials]] since student protests over"
    " public-sector job quotas turned violent, police officials told AFP, as a nationwide"
    " curfew entered its {{sixth day}}. In Dhaka alone, officers have detained"
    " [[2,357 people|arrested;a=a spokesman for the metropolitan police]], a spokesman for"
    " the metropolitan police said. AFP, using police and hospital figures, has counted"
    " [[at least 174 deaths|killed;a=AFP]], including police officers.",
)

F(
    "Hundreds of escaped inmates still at large after Bangladesh unrest",
    "[[More than 700 inmates|other;a=the Department of Prisons]] who escaped during the"
    " unrest that toppled Prime Minister Sheikh Hasina in August are still at large, the"
    " Department of Prisons said on Sunday. In all, [[2,232 prisoners|other]] broke out of"
    " [[five jails|capacity;u=structure]], and [[about 1,500|arrested]] have since been"
    " recaptured or have surrendered. Those at large include"
    " [[nine convicted militants|other]], and [[at least 70 weapons|other]] looted from"
    " prison armouries have not been recovered.",
)

F(
    "Kenya rights body says 39 killed in tax protests",
    "The Kenya National Commission on Human Rights said on Monday that"
    " [[39 people|killed;a=The Kenya National Commission on Human Rights]] had been killed"
    " and [[361|injured;a=The Kenya National Commission on Human Rights]] injured in"
    " protests against tax rises since {{June 18}}. The commission said police had arrested"
    " [[627 protesters|arrested;a=The commission;alt=The Kenya National Commission on Human"
    " Rights]] and that it had recorded"
    " [[32 cases|missing;u=person;a=The commission;alt=The Kenya National Commission on"
    " Human Rights]] of enforced or involuntary disappearance. President William Ruto has"
    " withdrawn the finance bill, which aimed to raise {{$2.7 billion}}. Protesters briefly"
    " stormed parliament on {{June 25}}. Ruto has blamed 'criminals' for the violence.",
)

F(
    "Kenyan lawyers say 82 people abducted since June protests",
    "The Law Society of Kenya said"
    " [[at least 82 people|kidnapped;a=The Law Society of Kenya]] had been abducted by"
    " suspected security agents since the anti-tax protests of June, and that"
    " [[29 of them|missing;n=-;a=The Law Society of Kenya]] were still unaccounted for."
    " [[Seven young men|kidnapped]] seized in December, among them a cartoonist who had"
    " posted images mocking the president, were released on {{January 6}}. Police deny"
    " holding them.",
)

F(
    "Georgia says more than 400 detained in nightly pro-EU protests",
    "Georgian police have detained"
    " [[more than 400 people|arrested;a=the interior ministry]] in {{two weeks}} of nightly"
    " protests against the government's decision to suspend talks on joining the European"
    " Union, the interior ministry said. Public Defender Levan Ioseliani said"
    " [[225 of those detained|injured;n=-;a=Public Defender Levan Ioseliani]] had visible"
    " injuries, most of them to the head and face. The ministry said"
    " [[more than 150 police officers|injured;a=The ministry;alt=the interior ministry]]"
    " had also been hurt.",
)

F(
    "Georgian court jails newspaper founder for two years",
    "A court in Batumi on {{August 6}} sentenced Mzia Amaglobeli, founder of the"
    " independent outlets Batumelebi and Netgazeti, to {{two years}} in prison for slapping"
    " a police chief, after the charge was reduced from {{Article 353}}, which carries up"
    " to {{seven years}}, to {{Article 349}}. Amaglobeli, {{50}}, had been held since"
    " {{January 12}} and went on hunger strike for {{38 days}}. Rights groups called the"
    " verdict a warning to Georgia's remaining independent press.",
)

F(
    "Serbia arrests dozens as anti-government protests turn violent",
    "Serbian police arrested [[47 people|arrested;a=Interior Minister Ivica Dacic]]"
    " overnight as clashes broke out in several cities, Interior Minister Ivica Dacic said"
    " on Thursday, adding that"
    " [[27 police officers|injured;a=Interior Minister Ivica Dacic]] had been hurt. The"
    " student-led protests began after [[16 people|killed]] died when a railway station"
    " canopy collapsed in Novi Sad in {{November 2024}}. Students said"
    " [[dozens of demonstrators|injured;a=Students]] had been beaten by men loyal to the"
    " ruling party.",
)

F(
    "Venezuela frees more of those detained after disputed election",
    "Venezuela has released"
    " [[another 225 people|arrested;a=Attorney General Tarek William Saab]] detained in the"
    " protests that followed the disputed July presidential election, Attorney General"
    " Tarek William Saab said, bringing the number freed to"
    " [[1,515|arrested;a=Attorney General Tarek William Saab]]. Foro Penal, a rights group,"
    " said [[more than 1,800 political prisoners|arrested;a=Foro Penal]] remained in"
    " custody, including [[69 adolescents|arrested;a=Foro Penal]]. After the vote,"
    " President Nicolas Maduro had said"
    " [[more than 2,000 'terrorists'|arrested;a=President Nicolas Maduro]] were in custody"
    " and that [[two prisons|capacity;u=structure;p;a=President Nicolas Maduro]] would be"
    " readied to hold them. The electoral council declared Maduro the winner of the {{July"
    " 28}} vote without publishing a detailed count.",
)

F(
    "Turkey detains nearly 1,900 in protests over Istanbul mayor's arrest",
    "Turkish police have detained"
    " [[1,879 people|arrested;a=Interior Minister Ali Yerlikaya]] since protests over the"
    " arrest of Istanbul Mayor Ekrem Imamoglu began, Interior Minister Ali Yerlikaya said"
    " on Thursday, and courts have remanded"
    " [[260 of them|arrested;n=-;a=Interior Minister Ali Yerlikaya]] in custody. He said"
    " [[150 police officers|injured;a=Interior Minister Ali Yerlikaya]] had been hurt."
    " [[Seven journalists|arrested]] covering the rallies, among them an AFP photographer,"
    " were detained in dawn raids and freed {{two days}} later.",
)

F(
    "Over 1,300 detained at Russian protests against mobilisation",
    "Police detained [[more than 1,300 people|arrested;a=OVD-Info]] in"
    " [[38 cities|other;u=other;a=OVD-Info]] at protests against mobilisation on Wednesday,"
    " OVD-Info, an independent monitoring group, said. The protests followed President"
    " Vladimir Putin's order the same morning to call up"
    " [[300,000 reservists|combatants;p]]. Some of those held in Moscow were handed draft"
    " papers at police stations, the group said.",
)

F(
    "Over 1,000 prosecuted in Russia for opposing the war, monitor says",
    "Russian authorities have opened criminal cases against"
    " [[more than 1,000 people|other;a=OVD-Info]] for opposing the war in Ukraine, OVD-Info"
    " said, [[about 400 of them|other;n=-;a=OVD-Info]] under {{Article 207.3}}, which"
    " punishes spreading 'false information' about the army with up to {{15 years}} in"
    " prison. The group has also counted"
    " [[more than 20,000 detentions|arrested;a=The group;alt=OVD-Info]] at anti-war rallies"
    " since {{February 2022}}.",
)

F(
    "Myanmar junta holds over 22,000 political prisoners, monitor says",
    "Myanmar's security forces have arrested"
    " [[more than 28,000 people|arrested;a=the Assistance Association for Political Prisoners"
    " (AAPP)]] since the military seized power in {{February 2021}}, and"
    " [[more than 22,000|arrested;a=the Assistance Association for Political Prisoners"
    " (AAPP)]] remain in detention, according to the Assistance Association for Political"
    " Prisoners (AAPP). The group, which counts only cases it can verify, says"
    " [[at least 6,200 civilians|killed;a=The group;alt=the Assistance Association for"
    " Political Prisoners (AAPP)]] have been killed by the military,"
    " [[about 160 of them|killed;n=-;a=The group;alt=the Assistance Association for Political"
    " Prisoners (AAPP)]] in custody. Many detainees were charged under {{Section 505A}} of"
    " the penal code.",
)

F(
    "Myanmar frees nearly 6,000 prisoners in Union Day amnesty",
    "Myanmar's military government pardoned [[5,864 prisoners|arrested;a=MRTV]], including"
    " [[180 foreigners|returned;p;a=MRTV]] who will be deported, to mark the {{77th}} Union"
    " Day, MRTV, the state broadcaster, reported on Wednesday. Monitors said"
    " [[fewer than 50|arrested;a=Monitors]] of those freed had been jailed for opposing the"
    " coup, while [[more than 20,000|arrested;a=Monitors]] remained behind bars.",
)

F(
    "Iran arrests thousands and expels Afghans after war with Israel",
    "Iranian police arrested [[21,000 'suspects'|arrested;a=a police spokesman]] during the"
    " {{12-day}} war with Israel in June, a police spokesman said, as authorities hunted"
    " for alleged spies. Rights groups said [[at least six men|killed;a=Rights groups]]"
    " accused of spying for Israel had been hanged since the ceasefire. UNHCR said"
    " [[more than 1.5 million Afghans|returned;a=UNHCR]] had returned or been deported from"
    " Iran since January, [[about 500,000 of them|returned;n=-;a=UNHCR]] in the {{16 days}}"
    " after the ceasefire.",
)

F(
    "Hong Kong national security arrests pass 300",
    "Security Secretary Chris Tang said"
    " [[more than 300 people|arrested;a=Security Secretary Chris Tang]] had been arrested"
    " under the national security law Beijing imposed in {{June 2020}}, and"
    " [[about 180|other;a=Security Secretary Chris Tang]] convicted. They include"
    " [[45 democrats|other]] sentenced in November to up to {{10 years}} in the case of the"
    " so-called {{Hong Kong 47}}, the largest trial under the law. A {{second}} security"
    " law, passed in {{March 2024}} under {{Article 23}} of the Basic Law, added offences"
    " such as 'external interference'.",
)

F(
    "Nobel laureate Mohammadi returned to Evin prison after medical leave",
    "Iranian authorities returned Narges Mohammadi, the {{2023}} Nobel Peace Prize"
    " laureate, to Tehran's Evin prison on Sunday after a {{21-day}} suspension of her"
    " sentence for medical treatment, her lawyer said. Mohammadi, {{52}}, is serving"
    " sentences totalling more than {{13 years}} on charges including spreading propaganda"
    " against the state. She has spent periods in solitary confinement in Evin's {{Ward"
    " 209}}, which is run by the intelligence ministry.",
)

F(
    "Dhaka bans rallies under Section 144 ahead of opposition march",
    "Police in Dhaka banned gatherings in parts of the capital under {{Section 144}} of the"
    " Code of Criminal Procedure from {{6 a.m.}} on Saturday for {{72 hours}}, as the"
    " opposition BNP prepared a march for {{October 28}}. The order is the {{third}} of its"
    " kind this year, and the party says its leaders face charges in cases dating back to"
    " {{2013}}.",
)
