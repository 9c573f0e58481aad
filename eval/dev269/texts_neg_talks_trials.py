"""dev269 negatives: summits, peace talks, prisoner swaps, verdicts and other live pages (an eclipse,
a conclave), with wars named only in passing."""

j = " ".join

NEGATIVES = [
    (
        "Gaza ceasefire live: truce takes effect after three-hour delay; first three hostages to be freed",
        j(
            [
                "06:30 GMT The ceasefire between Israel and Hamas was due to begin at 08:30 local time, but Israel's prime minister's office says it will not take effect until Hamas provides the names of the first hostages to be released.",
                "08:40 GMT Hamas says a “technical” problem delayed the list and that it remains committed to the deal.",
                "09:10 GMT Netanyahu's office confirms it has received the names: Romi Gonen, Emily Damari and Doron Steinbrecher.",
                "09:15 GMT The truce has now taken effect, nearly three hours late, Qatar's foreign ministry says.",
                "10:30 GMT Crowds are gathering in Khan Younis and Deir el-Balah, and many displaced people are packing up to head back towards their neighbourhoods.",
                "12:20 GMT The first aid trucks under the agreement are entering through the Kerem Shalom and Rafah crossings, the UN says.",
                "14:05 GMT The Red Cross says its teams are heading to a handover point in Gaza City.",
                "16:00 GMT The three women have been handed over to the Red Cross and are on their way to Israeli forces, the military says.",
                "18:45 GMT Israel's prison service is preparing to release 90 Palestinian prisoners from Ofer prison later tonight.",
                "20:10 GMT The three women have arrived at Sheba Medical Center near Tel Aviv, where they are being reunited with their mothers.",
                "22:30 GMT Crowds in Hostages Square in Tel Aviv cheered as the handover was shown on big screens.",
                "01:15 GMT Buses carrying the released prisoners have arrived in Beitunia in the occupied West Bank, where crowds were waiting.",
            ]
        ),
        "peace",
    ),
    (
        "Colombia peace deal live: Santos and Timochenko sign agreement in Cartagena, ending 52-year conflict",
        j(
            [
                "16:00 COT Guests dressed in white are arriving at the Cartagena convention centre for the signing ceremony.",
                "16:30 COT Fifteen heads of state and UN Secretary-General Ban Ki-moon are among the 2,500 guests.",
                "17:15 COT President Juan Manuel Santos and the Farc commander Rodrigo Londoño, known as Timochenko, have signed the agreement with a pen made from a bullet.",
                "17:40 COT Timochenko asks for forgiveness from the victims “for all the pain we may have caused during this war”.",
                "18:05 COT Air force jets fly over the ceremony, briefly startling the Farc leader, who jokes that this time they came to celebrate peace.",
                "18:50 COT Colombians will vote in a referendum on 2 October to approve or reject the deal.",
                "19:30 COT Polls suggest the Yes campaign is well ahead, although former president Álvaro Uribe is urging people to vote No.",
            ]
        ),
        "peace",
    ),
    (
        "Trump-Kim summit live: leaders sign pledge on denuclearisation after Singapore talks",
        j(
            [
                "09:00 SGT Donald Trump and Kim Jong-un have shaken hands in front of a row of US and North Korean flags at the Capella hotel on Sentosa island.",
                "09:10 SGT Trump says the meeting will be a “tremendous success”, while Kim says the two had overcome many obstacles to get here.",
                "10:20 SGT The two leaders are now in an expanded session with their delegations, including Mike Pompeo and John Bolton.",
                "13:40 SGT They have signed a joint statement in which North Korea commits to “work toward complete denuclearization of the Korean peninsula”.",
                "14:10 SGT The document also commits both sides to recovering the remains of soldiers missing since the Korean war.",
                "16:05 SGT At a press conference, Trump says he will halt what he calls the “very provocative” joint military exercises with South Korea.",
                "17:00 SGT Analysts point out that the statement contains no timetable or verification measures.",
            ]
        ),
        "peace",
    ),
    (
        "Armenia-Azerbaijan live: Aliyev and Pashinyan initial peace deal at the White House",
        j(
            [
                "14:00 ET Ilham Aliyev and Nikol Pashinyan have arrived at the White House for a meeting with President Trump.",
                "14:45 ET The three leaders have signed a joint declaration and the foreign ministers have initialled the text of a peace agreement.",
                "15:10 ET Under the deal, a transit corridor through southern Armenia linking Azerbaijan to its Nakhchivan exclave will be developed with US participation.",
                "15:40 ET Trump says the two countries have been fighting for more than 35 years and that the agreement shows “peace through strength”.",
                "16:05 ET Pashinyan says the agreement opens a new page after decades of conflict, and Aliyev praises what he calls a historic day.",
                "16:30 ET The treaty still has to be signed formally and ratified, and Baku wants Armenia to change its constitution first.",
                "17:10 ET Russia's foreign ministry says it welcomes any steps towards peace but warns against outside interference in the region.",
            ]
        ),
        "peace",
    ),
    (
        "Prisoner swap live: Evan Gershkovich and Paul Whelan freed in biggest US-Russia exchange since cold war",
        j(
            [
                "10:30 BST Turkish intelligence says a prisoner exchange involving 26 people from the US, Germany, Poland, Slovenia, Norway, Belarus and Russia is taking place at Ankara airport.",
                "11:15 BST Among those being released by Russia are the Wall Street Journal reporter Evan Gershkovich, former US marine Paul Whelan and Russian-American journalist Alsu Kurmasheva.",
                "12:20 BST Germany has released Vadim Krasikov, who was serving a life sentence for the 2019 murder of a Chechen dissident in a Berlin park.",
                "13:05 BST President Joe Biden says the deal is “a feat of diplomacy” and thanks the allies who helped negotiate it.",
                "15:30 BST A plane carrying the three Americans has left Ankara and is due to land at Joint Base Andrews tonight.",
                "16:45 BST The Kremlin says Vladimir Putin pardoned the prisoners being sent abroad and will greet those returning to Russia personally.",
                "18:00 BST Russian opposition figure Vladimir Kara-Murza, who was also freed, says he did not expect to leave prison alive.",
            ]
        ),
        "peace",
    ),
    (
        "Trump verdict live: former president found guilty on all 34 counts in hush money trial",
        j(
            [
                "4:20 pm ET The jury has sent a note to Justice Juan Merchan saying it has reached a verdict, after nearly 12 hours of deliberations.",
                "5:05 pm ET Donald Trump has been found guilty on all 34 counts of falsifying business records.",
                "5:10 pm ET Trump sat motionless as the verdicts were read, according to reporters in the courtroom.",
                "5:40 pm ET Outside the courthouse, Trump calls the trial “rigged” and “a disgrace”, and says the real verdict will come from voters in November.",
                "6:15 pm ET Sentencing has been set for July 11, and Trump remains free without bail.",
                "7:00 pm ET His campaign says it raised $34.8m in small-dollar donations in the hours after the verdict.",
                "8:30 pm ET Republicans in Congress line up to attack the verdict, with Speaker Mike Johnson calling it a shameful day in American history.",
                "9:15 pm ET Trump is the first former US president to be convicted of a crime.",
            ]
        ),
        "crime",
    ),
    (
        "Oscar Pistorius verdict live: judge clears athlete of murder but says he was negligent",
        j(
            [
                "08.30 BST Judge Thokozile Masipa has begun delivering her verdict in the Pretoria high court, and says it may take most of the day.",
                "09.45 BST Masipa says the state has not proved beyond reasonable doubt that Pistorius intended to kill Reeva Steenkamp when he fired four shots through a toilet door.",
                "10.30 BST Pistorius is sobbing in the dock as the judge says he cannot be found guilty of premeditated murder.",
                "11.50 BST Masipa describes Pistorius as a “very poor witness” who was evasive under cross-examination.",
                "12.15 BST The court has adjourned until tomorrow, when the judge will rule on the lesser charge of culpable homicide.",
                "13.00 BST Legal experts say the prosecution team, led by Gerrie Nel, is likely to consider an appeal.",
                "14.20 BST Steenkamp's mother, June, tells reporters that the family just wants the truth.",
            ]
        ),
        "crime",
    ),
    (
        "Brussels bombings trial live: jury finds six guilty of terrorist murder over 2016 attacks",
        j(
            [
                "10:00 CET The jury at the Brussels criminal court has returned after more than a week of deliberations in the trial over the 22 March 2016 attacks on Zaventem airport and Maelbeek metro station.",
                "10:35 CET The court president is reading the answers to nearly 300 questions put to the jury.",
                "11:20 CET Salah Abdeslam, already serving life in France for the November 2015 Paris attacks, has been found guilty of terrorist murder.",
                "12:05 CET Mohamed Abrini, the so-called man in the hat, is also found guilty, along with four others.",
                "12:40 CET Two defendants, the brothers Smail and Ibrahim Farisi, have been acquitted of involvement.",
                "13:30 CET Victims' associations say the verdict brings some relief after a trial that lasted seven months.",
                "14:15 CET Sentencing hearings will begin in September, the court says.",
                "15:00 CET The attacks killed 32 people and injured hundreds, and the trial has heard from more than 900 civil parties.",
            ]
        ),
        "crime",
    ),
    (
        "Bondi Junction stabbing live: police say attacker had no ideological motive",
        j(
            [
                "17:10 AEST Police have been called to Westfield Bondi Junction after reports that a man was stabbing people inside the shopping centre.",
                "17:35 AEST NSW Police confirm that a female inspector who was alone near the scene shot the attacker dead.",
                "18:40 AEST Assistant Commissioner Anthony Cooke says six people have died, five of them women, and several more are in hospital, including a nine-month-old baby.",
                "19:20 AEST Cooke says police have ruled out terrorism and that there is no indication of an ideological motive.",
                "20:05 AEST The attacker has been identified as a 40-year-old man from Queensland who had a history of mental illness, his family says.",
                "21:30 AEST Prime Minister Anthony Albanese praises the inspector and the shoppers who confronted the man.",
                "22:15 AEST The shopping centre will remain closed tomorrow while forensic officers examine the scene.",
            ]
        ),
        "crime",
    ),
    (
        "Louvre heist live: jewel thieves escape with crown jewels after seven-minute raid",
        j(
            [
                "10.05 CEST The Louvre has closed for the day because of what the culture minister calls a robbery at the museum.",
                "10.40 CEST Thieves used a mechanical ladder on a removals truck to reach the Apollo Gallery through a first-floor window, according to police sources.",
                "11.15 CEST The interior minister, Laurent Nuñez, says the raid lasted about seven minutes and the thieves fled on motor scooters.",
                "12.00 CEST Eight pieces of jewellery belonging to the French crown were taken, including a necklace that belonged to Empress Marie-Louise.",
                "12.50 CEST A crown belonging to Empress Eugénie was found damaged near the museum, apparently dropped during the escape.",
                "14.30 CEST Visitors queuing outside say they were told only that the museum was closed for “exceptional reasons”.",
                "16.20 CEST The Paris prosecutor says an investigation has been opened into organised theft and criminal conspiracy.",
            ]
        ),
        "crime",
    ),
    (
        "Total solar eclipse live: millions watch as totality sweeps from Mexico to Canada",
        j(
            [
                "11:00 CDT Crowds are gathering in Mazatlán, on Mexico's Pacific coast, where the moon's shadow will first touch land in North America.",
                "12:07 PDT Totality has begun in Mazatlán, and the crowd on the seafront has fallen silent.",
                "13:40 CDT Clouds are breaking up over Dallas, much to the relief of the thousands who have gathered at the Fair Park.",
                "14:15 CDT The path of totality is now over Arkansas, with four minutes of darkness in Russellville.",
                "15:20 EDT Niagara Falls is enjoying clear skies, and a couple are getting married at the moment of totality.",
                "15:50 EDT NASA says it has launched three sounding rockets from Virginia to study the upper atmosphere during the eclipse.",
                "16:30 EDT The eclipse has left North America over Newfoundland, and the next total eclipse visible from the contiguous US will be in 2044.",
            ]
        ),
        "other",
    ),
    (
        "New pope live: white smoke over Sistine Chapel as Robert Prevost becomes Pope Leo XIV",
        j(
            [
                "17:55 CEST White smoke is rising from the chimney of the Sistine Chapel, meaning the cardinals have elected a new pope on the second day of the conclave.",
                "18:10 CEST The bells of St Peter's Basilica are ringing, and tens of thousands of people are streaming into the square.",
                "19:13 CEST The protodeacon has announced “habemus papam”: Cardinal Robert Francis Prevost of Chicago, who has taken the name Leo XIV.",
                "19:25 CEST He is the first pope from the United States, and spent much of his career as a missionary and bishop in Peru.",
                "19:40 CEST In his first words from the balcony, Leo says “peace be with you all” and calls for a church that builds bridges through dialogue.",
                "20:30 CEST In Chicago, crowds at the White Sox ballpark have been cheering the news on big screens.",
                "21:15 CEST Leaders around the world are sending congratulations, and the Ukrainian president says he hopes the new pope will support efforts to end the war.",
                "22:00 CEST Vatican officials say the new pope will celebrate his first mass as pontiff with the cardinals in the Sistine Chapel tomorrow morning.",
                "22:40 CEST In Chiclayo, the Peruvian diocese he led for eight years, church bells have been ringing and people have gathered in the main square.",
                "23:15 CEST The Vatican press office says the inauguration mass will be held in St Peter's Square in about 10 days.",
            ]
        ),
        "other",
    ),
]
