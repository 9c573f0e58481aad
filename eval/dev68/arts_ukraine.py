"""Items of eval/dev68 (written blind; see README.md).

Prisoner-of-war exchanges between Ukraine and Russia, bodies repatriated, civilians
held by Russia, children deported and brought back, the missing, POWs killed, trials.
"""

from figset import F

F(
    "Ukraine and Russia swap 390 prisoners each in first stage of exchange",
    "Ukraine and Russia exchanged [[390 prisoners|other]] each on Friday in the {{first}}"
    " stage of the largest swap of the war, agreed at talks in Istanbul. Kyiv received"
    " [[270 soldiers|other;a=President Volodymyr Zelensky]] and"
    " [[120 civilians|other;a=President Volodymyr Zelensky]], President Volodymyr Zelensky"
    " said. Russia's defence ministry said the exchange would eventually total"
    " [[1,000 prisoners|other;p;a=Russia's defence ministry]] per side.",
)

F(
    "Ukraine brings home 95 defenders in latest exchange",
    "Ukraine brought home"
    " [[95 of its defenders|other;a=the Coordination Headquarters for the Treatment of"
    " Prisoners of War]] from Russian captivity on Wednesday in the {{58th}} exchange of"
    " the war, the Coordination Headquarters for the Treatment of Prisoners of War said."
    " [[A further 12|other]] were handed over at the Belarusian border on Thursday. The"
    " headquarters said"
    " [[more than 3,900 Ukrainians|other;a=The headquarters;alt=the Coordination Headquarters"
    " for the Treatment of Prisoners of War]] had been freed through exchanges since"
    " {{February 2022}}.",
)

F(
    "Ukraine receives bodies of 909 soldiers from Russia",
    "Ukraine received the bodies of"
    " [[909 soldiers|killed;a=Ukraine's Coordination Headquarters for the Treatment of"
    " Prisoners of War]] killed in the war and handed"
    " [[34|killed;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of"
    " War]] to Russia, Ukraine's Coordination Headquarters for the Treatment of Prisoners"
    " of War said on Friday. Forensic experts will work to identify the remains, a process"
    " that can take months. Russia's defence ministry said it had now handed over"
    " [[more than 6,000 bodies|killed;a=Russia's defence ministry]] since June.",
)

F(
    "Russia says 84 servicemen returned from Ukrainian captivity",
    "Russia's defence ministry said on Saturday that"
    " [[84 Russian servicemen|other;a=Russia's defence ministry]] had been returned from"
    " territory controlled by Kyiv in an exchange mediated by the United Arab Emirates, and"
    " that [[84 Ukrainian prisoners|other;a=Russia's defence ministry]] of war had been"
    " handed over in return. The UAE said it was its {{13th}} mediation between Moscow and"
    " Kyiv, bringing the number of captives freed through its efforts to"
    " [[3,233|other;a=The UAE]].",
)

F(
    "Thousands of Ukrainian civilians held by Russia, ombudsman says",
    "Dmytro Lubinets, Ukraine's human rights commissioner, said"
    " [[about 16,000 civilians|arrested;a=Dmytro Lubinets]] were believed to be held by"
    " Russia, and that only [[about 170|other;a=Dmytro Lubinets]] had been freed in"
    " exchanges. The ICRC's Central Tracing Agency said it had registered"
    " [[more than 50,000 cases|missing;u=person;a=The ICRC's Central Tracing Agency]] of"
    " people missing in connection with the conflict.",
)

F(
    "Ukraine says only a fraction of deported children brought back",
    "Ukraine's government says [[19,546 children|displaced;a=Ukraine's government]] have"
    " been deported or forcibly transferred to Russia or occupied territory since the"
    " full-scale invasion, and that only [[1,336|returned;a=Ukraine's government]] have"
    " been brought back. Qatar said it had helped reunite"
    " [[more than 100 children|returned;a=Qatar]] with their families in Ukraine.",
)

F(
    "Zelensky says Ukraine captured over 700 Russian soldiers in Kursk",
    "President Volodymyr Zelensky said Ukrainian forces had captured"
    " [[more than 700 Russian soldiers|arrested;a=President Volodymyr Zelensky]] during the"
    " incursion into Russia's Kursk region, strengthening Kyiv's hand in future exchanges."
    " Ukraine's military said [[102 Russian troops|arrested;a=Ukraine's military]] had"
    " surrendered in a single day, the most since {{2022}}.",
)

F(
    "Ukraine says it holds two North Korean soldiers captured in Kursk",
    "Ukraine's security service said it was holding"
    " [[two North Korean soldiers|arrested;a=Ukraine's security service]] captured in"
    " Russia's Kursk region, the {{first}} taken alive. South Korea's spy agency estimates"
    " that Pyongyang has sent [[about 11,000 troops|combatants;a=South Korea's spy agency]]"
    " to fight for Moscow, and that [[about 300|killed;a=South Korea's spy agency]] have"
    " been killed and [[2,700|injured;a=South Korea's spy agency]] wounded.",
)

F(
    "Ukraine investigating killings of surrendering soldiers",
    "Ukraine's prosecutor general's office said it was investigating the killing of"
    " [[at least 245 Ukrainian prisoners|killed;a=Ukraine's prosecutor general's office]]"
    " of war by Russian forces, most of them since the start of {{2024}}. UN monitors said"
    " they had documented [[79 executions|killed;a=UN monitors]] of Ukrainian soldiers who"
    " had surrendered or been captured, in"
    " [[24 separate incidents|other;u=other;a=UN monitors]].",
)

F(
    "Dozens of Ukrainian prisoners killed in blast at Olenivka camp",
    "[[At least 50 Ukrainian prisoners|killed;a=Russian-installed officials]] of war were"
    " killed and [[more than 70|injured;a=Russian-installed officials]] wounded when a"
    " blast tore through a barracks at the Olenivka prison camp in Russian-held Donetsk,"
    " Russian-installed officials said. Kyiv and Moscow blamed each other. Many of those"
    " held there had surrendered at the Azovstal steelworks in Mariupol, where"
    " [[more than 2,400 defenders|arrested]] laid down their arms in {{May 2022}}. The ICRC"
    " said it had not been given access to the site.",
)

F(
    "UN says most freed Ukrainian POWs describe torture",
    "The UN Human Rights Monitoring Mission in Ukraine said it had interviewed"
    " [[205 Ukrainian prisoners|other;a=The UN Human Rights Monitoring Mission in Ukraine]]"
    " of war released in exchanges, and that {{95%}} described being tortured in captivity."
    " Kyiv says Russia still holds [[about 8,000 Ukrainian POWs|arrested;a=Kyiv]].",
)

F(
    "Rights group documents detentions of civilians in occupied south",
    "Human Rights Watch said Russian forces had detained"
    " [[hundreds of civilians|arrested;a=Human Rights Watch]] in occupied parts of the"
    " Zaporizhzhia and Kherson regions, holding many of them in basements and in"
    " [[at least 12 makeshift detention sites|capacity;a=Human Rights Watch]]. The group"
    " said [[at least eight detainees|killed;a=The group;alt=Human Rights Watch]] had died"
    " in custody.",
)

F(
    "Russia says it holds over 6,000 Ukrainian prisoners",
    "Vladimir Medinsky, who led Russia's delegation at the Istanbul talks, said Moscow held"
    " [[more than 6,000 Ukrainian prisoners|arrested;a=Vladimir Medinsky]], while Kyiv had"
    " [[about 1,000 Russians|arrested;a=Vladimir Medinsky]] in captivity. He said Russia"
    " was ready to hand over the bodies of"
    " [[6,000 Ukrainian soldiers|killed;p;a=Vladimir Medinsky]].",
)

F(
    "Russian court jails Azov fighters for up to 23 years",
    "A military court in Rostov-on-Don sentenced [[12 members|other;a=Russian state media]]"
    " of Ukraine's Azov regiment to {{13 to 23 years}} in prison on terrorism charges under"
    " {{Article 205.4}}, Russian state media reported. The trial began in {{June 2023}}"
    " with [[24 defendants|other]], and [[three of them|other;n=-]] were freed in exchanges"
    " before the verdict.",
)

F(
    "More than 63,000 Ukrainians listed as missing, interior ministry says",
    "[[More than 63,000 people|missing;a=Ukraine's interior ministry]], most of them"
    " soldiers, are registered as missing in special circumstances, Ukraine's interior"
    " ministry said, including"
    " [[about 2,000 civilians|missing;a=Ukraine's interior ministry]]. Families of the"
    " missing rallied in Kyiv on Sunday to demand faster exchanges.",
)

F(
    "Red Cross has visited thousands of prisoners of war on both sides",
    "The International Committee of the Red Cross said it had visited"
    " [[more than 3,500 prisoners|arrested;a=The International Committee of the Red Cross]]"
    " of war held by Russia and Ukraine since {{2022}}, but that"
    " [[thousands of others|arrested;a=The International Committee of the Red Cross]]"
    " remained beyond its reach. It said it had passed"
    " [[more than 12,000 messages|other;u=other;a=The International Committee of the Red"
    " Cross]] between detainees and their families.",
)

F(
    "Crimean Tatars make up most of Crimea's political prisoners",
    "Crimean Solidarity, a civic group, said"
    " [[218 Ukrainian citizens|arrested;a=Crimean Solidarity]] were imprisoned by Russia on"
    " politically motivated charges linked to Crimea,"
    " [[133 of them|arrested;n=-;a=Crimean Solidarity]] Crimean Tatars. Most were convicted"
    " of belonging to Hizb ut-Tahrir, which Russia banned in {{2003}}, and received terms"
    " of {{10 to 19 years}}.",
)

F(
    "Ukrainian rights activist freed after 28 months in Russian captivity",
    "Maksym Butkevych, a human rights activist who joined the Ukrainian army after the"
    " invasion, was freed on {{October 18}} in an exchange, {{28 months}} after he was"
    " captured in the Luhansk region in {{June 2022}}. A court in Russian-occupied Luhansk"
    " had sentenced him in {{March 2023}} to {{13 years}} in prison on charges he denied.",
)

F(
    "ICC issues arrest warrant for Putin over deported children",
    "The International Criminal Court issued an arrest warrant for President Vladimir Putin"
    " on {{March 17, 2023}}, accusing him of the unlawful deportation of children from"
    " occupied areas of Ukraine, a war crime under {{Article 8(2)(a)(vii)}} of the Rome"
    " Statute. Judges issued a warrant on the same charges for Maria Lvova-Belova, Russia's"
    " commissioner for children's rights, who has said the children were evacuated for"
    " their safety. Russia left the court's jurisdiction in {{2016}}.",
)

F(
    "Ukraine and Russia exchange civilians in rare swap",
    "Ukraine brought home"
    " [[28 civilians|other;a=Ukrainian human rights commissioner Dmytro Lubinets]] held by"
    " Russia in exchange for"
    " [[25 residents|other;a=Ukrainian human rights commissioner Dmytro Lubinets]] of"
    " Russia's Kursk region, Ukrainian human rights commissioner Dmytro Lubinets said on"
    " Friday. Some of those freed had been held since {{2015}}, he said.",
)

F(
    "Prisoner exchanges continue despite stalled talks",
    "Ukraine and Russia have carried out"
    " [[more than 60 exchanges|other;u=other;a=Ukrainian officials]] of prisoners since"
    " {{February 2022}}, freeing [[about 5,800 Ukrainians|other;a=Ukrainian officials]],"
    " according to Ukrainian officials. Analysts say the swaps have become more frequent"
    " since mid-{{2024}}, even as talks on a ceasefire have stalled.",
)

F(
    "Kursk residents held in Ukrainian-controlled Sudzha return home",
    "[[Forty-six residents|returned;a=Tatiana Moskalkova]] of Russia's Kursk region who had"
    " stayed in Ukrainian-controlled Sudzha returned home through Belarus on Wednesday,"
    " Tatiana Moskalkova, Russia's human rights commissioner, said. She said"
    " [[about 100 more|returned;p;n=-;a=Tatiana Moskalkova]] were expected to follow in the"
    " coming weeks.",
)
